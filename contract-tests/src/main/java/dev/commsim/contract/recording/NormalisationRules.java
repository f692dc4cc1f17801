package dev.commsim.contract.recording;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.contract.engine.Json;
import dev.commsim.simulator.record.RecordedExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How answers are normalised before they are compared: data, not code. The built-in rules are the
 * resource {@code normalisation-rules.json} beside this class (its {@code about} says what each part
 * means); a user adds theirs with a file of the same format, tried before the built-in ones.
 */
public record NormalisationRules(List<IdPattern> ids, List<FieldRule> fields, List<FieldRule> ordered,
                                 List<SkipRule> skips) {
    public static final String RESOURCE = "normalisation-rules.json";

    /** A value pattern whose first capture group is the id proper. */
    public record IdPattern(String kind, Pattern pattern) {
    }

    public enum Action { MASK, BIND, IGNORE, ORDERED }

    /** A rule for the values at a field: {@code field} is a name, a dotted suffix or an anchored {@code $.} path. */
    public record FieldRule(Scope scope, List<String> field, boolean anchored, Action action, String kind,
                            String why) {
        boolean matches(RecordedExchange exchange, List<String> keys) {
            if (!scope.matches(exchange) || keys.size() < field.size() || (anchored && keys.size() != field.size())) {
                return false;
            }
            return keys.subList(keys.size() - field.size(), keys.size()).equals(field);
        }
    }

    public record SkipRule(Scope scope, String why) {
    }

    /** An id read from a value: its kind, the id proper (at start..end of the value), and the pattern that found it (its form). */
    public record Id(String kind, String key, IdPattern form, String value, int start, int end) {
        /** The same value with another id proper in it, in the same form. */
        String with(String otherKey) {
            return value.substring(0, start) + otherKey + value.substring(end);
        }
    }

    public static NormalisationRules builtIn() {
        try (InputStream in = NormalisationRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the kit's jar");
            }
            return parse(Json.MAPPER.readTree(in), "built-in " + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These rules with a user's file in front of them. */
    public NormalisationRules withUserRules(Path file) throws IOException {
        NormalisationRules user;
        try {
            user = parse(Json.MAPPER.readTree(Files.readAllBytes(file)), file.toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage());
        }
        return new NormalisationRules(join(user.ids, ids), join(user.fields, fields), join(user.ordered, ordered),
                join(user.skips, skips));
    }

    static NormalisationRules parse(JsonNode root, String name) {
        List<IdPattern> ids = new ArrayList<>();
        for (JsonNode rule : root.path("ids")) {
            String pattern = required(rule, "pattern", name + " ids");
            ids.add(new IdPattern(required(rule, "kind", name + " ids"), pattern(pattern, name)));
        }
        List<FieldRule> fields = new ArrayList<>();
        for (JsonNode rule : root.path("fields")) {
            String action = required(rule, "action", name + " fields");
            Action parsed = switch (action) {
                case "mask" -> Action.MASK;
                case "bind" -> Action.BIND;
                case "ignore" -> Action.IGNORE;
                default -> throw new IllegalArgumentException(name + ": a field rule's action is mask, bind or ignore, not "
                        + action);
            };
            if (parsed == Action.BIND) {
                required(rule, "kind", name + " bind rules");
            }
            fields.add(fieldRule(rule, parsed, name));
        }
        List<FieldRule> ordered = new ArrayList<>();
        for (JsonNode rule : root.path("ordered")) {
            ordered.add(fieldRule(rule, Action.ORDERED, name));
        }
        List<SkipRule> skips = new ArrayList<>();
        for (JsonNode rule : root.path("skip")) {
            skips.add(new SkipRule(Scope.of(rule), Scope.text(rule, "why")));
        }
        return new NormalisationRules(List.copyOf(ids), List.copyOf(fields), List.copyOf(ordered), List.copyOf(skips));
    }

    private static FieldRule fieldRule(JsonNode rule, Action action, String name) {
        String field = required(rule, "field", name);
        boolean anchored = field.startsWith("$.");
        List<String> keys = List.of((anchored ? field.substring(2) : field).split("\\."));
        return new FieldRule(Scope.of(rule), keys, anchored, action, Scope.text(rule, "kind"), Scope.text(rule, "why"));
    }

    /** The first id pattern the value matches. */
    public Optional<Id> id(String value) {
        for (IdPattern id : ids) {
            Matcher matcher = id.pattern().matcher(value);
            if (matcher.matches()) {
                boolean group = matcher.groupCount() >= 1 && matcher.start(1) >= 0;
                return Optional.of(group ? new Id(id.kind(), matcher.group(1), id, value, matcher.start(1), matcher.end(1))
                        : new Id(id.kind(), value, id, value, 0, value.length()));
            }
        }
        return Optional.empty();
    }

    /** The first field rule (mask, bind, ignore) for a value at {@code keys} in this exchange. */
    public Optional<FieldRule> field(RecordedExchange exchange, List<String> keys) {
        return fields.stream().filter(rule -> rule.matches(exchange, keys)).findFirst();
    }

    public boolean ordered(RecordedExchange exchange, List<String> keys) {
        return ordered.stream().anyMatch(rule -> rule.matches(exchange, keys));
    }

    public Optional<SkipRule> skip(RecordedExchange exchange) {
        return skips.stream().filter(rule -> rule.scope().matches(exchange)).findFirst();
    }

    private static Pattern pattern(String pattern, String name) {
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(name + ": bad pattern " + pattern + " (" + e.getDescription() + ")");
        }
    }

    private static String required(JsonNode rule, String field, String where) {
        String value = Scope.text(rule, field);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(where + ": a rule needs \"" + field + "\": " + rule);
        }
        return value;
    }

    private static <T> List<T> join(List<T> first, List<T> then) {
        List<T> all = new ArrayList<>(first);
        all.addAll(then);
        return List.copyOf(all);
    }
}
