package dev.commsim.simulator.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Removes every credential a recorder has seen from what it writes: their own places (the Z-API path
 * prefix, the token query parameter, the headers) are never written at all, and any other place a
 * provider may echo one (an error such as "Client-Token … not allowed", a webhook setting) has it
 * replaced by {@value #REDACTED}, in text and in JSON keys and values alike. Secrets shorter than four
 * characters are not searched for in text: replacing every "ab" of a body would corrupt it.
 */
public final class Redactor {
    public static final String REDACTED = "REDACTED";
    private static final int SHORTEST_SEARCHED = 4;
    private final List<String> secrets = new CopyOnWriteArrayList<>();

    public void add(String secret) {
        if (secret != null && secret.length() >= SHORTEST_SEARCHED && !secrets.contains(secret)) {
            secrets.add(secret);
            // Longest first: a secret that contains another is replaced whole.
            secrets.sort(Comparator.comparingInt(String::length).reversed());
        }
    }

    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, REDACTED);
        }
        return result;
    }

    public RecordedBody scrub(RecordedBody body) {
        if (body.json() != null) {
            return new RecordedBody(scrub(body.json()), null);
        }
        return body.text() == null ? body : new RecordedBody(null, scrub(body.text()));
    }

    /** A copy of the tree with every secret replaced in keys and string values. */
    public JsonNode scrub(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            String scrubbed = scrub(text);
            return scrubbed.equals(text) ? node : Json.object().textNode(scrubbed);
        }
        if (node.isArray()) {
            ArrayNode copy = Json.array();
            node.forEach(item -> copy.add(scrub(item)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = Json.object();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(scrub(field.getKey()), scrub(field.getValue()));
            }
            return copy;
        }
        return node;
    }
}
