package dev.commsim.contract.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.commsim.contract.recording.NormalisationRules.FieldRule;
import dev.commsim.contract.recording.NormalisationRules.Id;
import dev.commsim.simulator.record.RecordedExchange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a recorded answer body with the simulator's, after normalisation: field rules first (mask,
 * bind, ignore), then ids by their patterns (bound on first sight, compared through the binding), then
 * plain values. Objects are compared field by field, never by key order; lists position by position
 * only where a rule says the provider documents an order, otherwise as sets (each recorded item is
 * matched with an answered item it equals, trying the item its id points to first).
 */
final class AnswerComparison {
    private final NormalisationRules rules;
    private final RecordedExchange exchange;
    private final boolean extraFieldsAllowed;

    AnswerComparison(NormalisationRules rules, RecordedExchange exchange, boolean extraFieldsAllowed) {
        this.rules = rules;
        this.exchange = exchange;
        this.extraFieldsAllowed = extraFieldsAllowed;
    }

    List<Difference> compare(JsonNode recorded, JsonNode simulated, IdBinding binding) {
        List<Difference> differences = new ArrayList<>();
        compare("$", List.of(), recorded, simulated, binding, differences);
        return differences;
    }

    private void compare(String where, List<String> keys, JsonNode recorded, JsonNode simulated, IdBinding binding,
                         List<Difference> out) {
        Optional<FieldRule> rule = keys.isEmpty() ? Optional.empty() : rules.field(exchange, keys);
        if (rule.isPresent()) {
            switch (rule.get().action()) {
                case IGNORE -> {
                    return;
                }
                case MASK -> {
                    if (type(recorded) != type(simulated)) {
                        out.add(typeDifference(where, recorded, simulated));
                    }
                    return;
                }
                case BIND -> {
                    bound(where, rule.get().kind(), recorded, simulated, binding, out);
                    return;
                }
                default -> {
                }
            }
        }
        if (type(recorded) != type(simulated)) {
            out.add(typeDifference(where, recorded, simulated));
        } else if (recorded.isObject()) {
            object(where, keys, recorded, simulated, binding, out);
        } else if (recorded.isArray()) {
            if (rules.ordered(exchange, keys)) {
                ordered(where, keys, recorded, simulated, binding, out);
            } else {
                unordered(where, keys, recorded, simulated, binding, out);
            }
        } else if (recorded.isTextual()) {
            text(where, recorded.textValue(), simulated.textValue(), binding, out);
        } else if (recorded.isNumber() ? recorded.decimalValue().compareTo(simulated.decimalValue()) != 0
                : !recorded.equals(simulated)) {
            out.add(new Difference(Difference.Kind.VALUE, where, recorded.toString(), simulated.toString(), null));
        }
    }

    private void object(String where, List<String> keys, JsonNode recorded, JsonNode simulated, IdBinding binding,
                        List<Difference> out) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = recorded.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            List<String> inner = append(keys, field.getKey());
            String at = where + "." + field.getKey();
            JsonNode other = simulated.get(field.getKey());
            if (other == null) {
                if (!ignored(inner)) {
                    out.add(new Difference(Difference.Kind.MISSING_FIELD, at, shown(field.getValue()), null, null));
                }
            } else {
                compare(at, inner, field.getValue(), other, binding, out);
            }
        }
        if (extraFieldsAllowed) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = simulated.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!recorded.has(field.getKey()) && !ignored(append(keys, field.getKey()))) {
                out.add(new Difference(Difference.Kind.EXTRA_FIELD, where + "." + field.getKey(), null,
                        shown(field.getValue()), null));
            }
        }
    }

    private void ordered(String where, List<String> keys, JsonNode recorded, JsonNode simulated, IdBinding binding,
                         List<Difference> out) {
        for (int i = 0; i < Math.max(recorded.size(), simulated.size()); i++) {
            String at = where + "[" + i + "]";
            if (i >= simulated.size()) {
                out.add(new Difference(Difference.Kind.MISSING_ITEM, at, shown(recorded.get(i)), null, null));
            } else if (i >= recorded.size()) {
                out.add(new Difference(Difference.Kind.EXTRA_ITEM, at, null, shown(simulated.get(i)), null));
            } else {
                compare(at, keys, recorded.get(i), simulated.get(i), binding, out);
            }
        }
    }

    /**
     * Each recorded item takes the first unused answered item it equals under the binding (the one its
     * id points to, then the one at its position, then the others); items left over are paired by the
     * fewest differences, and what is still left is missing or extra.
     */
    private void unordered(String where, List<String> keys, JsonNode recorded, JsonNode simulated, IdBinding binding,
                           List<Difference> out) {
        boolean[] used = new boolean[simulated.size()];
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int j = 0; j < simulated.size(); j++) {
            String key = itemKey(simulated.get(j));
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(j);
            }
        }
        List<Integer> unmatched = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            boolean matched = false;
            for (int j : candidates(i, recorded.get(i), simulated.size(), used, byKey, binding)) {
                IdBinding trial = binding.trial();
                List<Difference> attempt = new ArrayList<>();
                compare(where + "[" + i + "]", keys, recorded.get(i), simulated.get(j), trial, attempt);
                if (attempt.isEmpty()) {
                    trial.commit();
                    used[j] = true;
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                unmatched.add(i);
            }
        }
        for (int i : unmatched) {
            String at = where + "[" + i + "]";
            int best = -1;
            List<Difference> fewest = null;
            IdBinding bestTrial = null;
            for (int j = 0; j < simulated.size(); j++) {
                if (used[j]) {
                    continue;
                }
                IdBinding trial = binding.trial();
                List<Difference> attempt = new ArrayList<>();
                compare(at, keys, recorded.get(i), simulated.get(j), trial, attempt);
                if (fewest == null || attempt.size() < fewest.size()) {
                    best = j;
                    fewest = attempt;
                    bestTrial = trial;
                }
            }
            if (best < 0 || !sameKind(recorded.get(i), simulated.get(best))) {
                out.add(new Difference(Difference.Kind.MISSING_ITEM, at, shown(recorded.get(i)), null, null));
            } else {
                // The closest item is taken as the same thing: its ids stay bound, its differences are reported.
                bestTrial.commit();
                used[best] = true;
                out.addAll(fewest);
            }
        }
        for (int j = 0; j < simulated.size(); j++) {
            if (!used[j]) {
                out.add(new Difference(Difference.Kind.EXTRA_ITEM, where + "[" + j + "]", null,
                        shown(simulated.get(j)), null));
            }
        }
    }

    /** Scalars pair only with scalars of the same type; objects with objects. */
    private static boolean sameKind(JsonNode a, JsonNode b) {
        return type(a) == type(b) && (a.isContainerNode() || a.isTextual());
    }

    private List<Integer> candidates(int position, JsonNode item, int size, boolean[] used,
                                     Map<String, List<Integer>> byKey, IdBinding binding) {
        Set<Integer> order = new LinkedHashSet<>();
        String key = itemKey(item);
        if (key != null) {
            String translated = translated(key, binding);
            byKey.getOrDefault(translated, List.of()).forEach(order::add);
        }
        if (position < size) {
            order.add(position);
        }
        for (int j = 0; j < size; j++) {
            order.add(j);
        }
        order.removeIf(j -> used[j]);
        return new ArrayList<>(order);
    }

    /** What identifies an item: the string itself, or an object's {@code id} or {@code phone}. */
    private static String itemKey(JsonNode item) {
        if (item.isTextual()) {
            return item.textValue();
        }
        for (String field : List.of("id", "phone")) {
            if (item.path(field).isTextual()) {
                return item.get(field).textValue();
            }
        }
        return null;
    }

    private String translated(String value, IdBinding binding) {
        Optional<Id> id = rules.id(value);
        return id.flatMap(found -> binding.sim(found.kind(), found.key()).map(found::with)).orElse(value);
    }

    private void text(String where, String recorded, String simulated, IdBinding binding, List<Difference> out) {
        Optional<Id> real = rules.id(recorded);
        if (real.isEmpty()) {
            if (!recorded.equals(simulated)) {
                out.add(new Difference(Difference.Kind.VALUE, where, quoted(recorded), quoted(simulated), null));
            }
            return;
        }
        Optional<Id> sim = rules.id(simulated);
        if (sim.isEmpty() || sim.get().form() != real.get().form()) {
            out.add(new Difference(Difference.Kind.VALUE, where, quoted(recorded), quoted(simulated),
                    "not a " + real.get().kind() + " id of the recorded form"));
            return;
        }
        String conflict = binding.bind(real.get().kind(), real.get().key(), sim.get().key(), exchange.seq());
        if (conflict != null) {
            out.add(new Difference(Difference.Kind.VALUE, where, quoted(recorded), quoted(simulated), conflict));
        }
    }

    private void bound(String where, String kind, JsonNode recorded, JsonNode simulated, IdBinding binding,
                       List<Difference> out) {
        if (!recorded.isTextual() || !simulated.isTextual()) {
            if (type(recorded) != type(simulated)) {
                out.add(typeDifference(where, recorded, simulated));
            }
            return;
        }
        String conflict = binding.bind(kind, recorded.textValue(), simulated.textValue(), exchange.seq());
        if (conflict != null) {
            out.add(new Difference(Difference.Kind.VALUE, where, quoted(recorded.textValue()),
                    quoted(simulated.textValue()), conflict));
        }
    }

    private boolean ignored(List<String> keys) {
        return rules.field(exchange, keys).filter(r -> r.action() == NormalisationRules.Action.IGNORE).isPresent();
    }

    private static Difference typeDifference(String where, JsonNode recorded, JsonNode simulated) {
        return new Difference(Difference.Kind.TYPE, where, typed(recorded), typed(simulated), null);
    }

    private static String typed(JsonNode node) {
        return node.isNull() ? "null" : typeName(node) + " " + shown(node);
    }

    private static JsonNodeType type(JsonNode node) {
        return node.getNodeType();
    }

    private static String typeName(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A value for a report, cut short when long. */
    static String shown(JsonNode node) {
        String text = node.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static List<String> append(List<String> keys, String key) {
        List<String> longer = new ArrayList<>(keys.size() + 1);
        longer.addAll(keys);
        longer.add(key);
        return longer;
    }
}
