package dev.commsim.contract.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.contract.recording.NormalisationRules.Id;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A recorded request as the simulator must receive it: every recorded id already bound (in the path,
 * the query and the body) replaced by its simulated id, in the same form; anything not bound is sent as
 * recorded (a phone the client chose, an id of the starting world).
 */
final class RequestTranslation {
    private final NormalisationRules rules;
    private final List<String> fieldKinds;

    RequestTranslation(NormalisationRules rules) {
        this.rules = rules;
        this.fieldKinds = rules.fields().stream().filter(r -> r.action() == NormalisationRules.Action.BIND)
                .map(NormalisationRules.FieldRule::kind).distinct().toList();
    }

    String path(String path, IdBinding binding) {
        String[] segments = path.split("/", -1);
        StringJoiner joined = new StringJoiner("/");
        for (String segment : segments) {
            String decoded = URLDecoder.decode(segment, StandardCharsets.UTF_8);
            String translated = value(decoded, binding);
            joined.add(translated.equals(decoded) ? segment : translated);
        }
        return joined.toString();
    }

    String query(String query, IdBinding binding) {
        if (query == null || query.isEmpty()) {
            return query;
        }
        StringJoiner joined = new StringJoiner("&");
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                joined.add(pair);
                continue;
            }
            String decoded = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            String translated = value(decoded, binding);
            joined.add(translated.equals(decoded) ? pair
                    : pair.substring(0, equals + 1) + URLEncoder.encode(translated, StandardCharsets.UTF_8));
        }
        return joined.toString();
    }

    JsonNode body(JsonNode node, IdBinding binding) {
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(value(node.textValue(), binding));
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(body(item, binding)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), body(field.getValue(), binding));
            }
            return copy;
        }
        return node;
    }

    /** One value: an id by its pattern, or a value bound by a field rule (a message id, an invite code). */
    String value(String value, IdBinding binding) {
        Optional<Id> id = rules.id(value);
        if (id.isPresent()) {
            return binding.sim(id.get().kind(), id.get().key()).map(id.get()::with).orElse(value);
        }
        for (String kind : fieldKinds) {
            Optional<String> sim = binding.sim(kind, value);
            if (sim.isPresent()) {
                return sim.get();
            }
        }
        return value;
    }
}
