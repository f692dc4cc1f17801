package dev.commsim.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of a JSON request body that never throw: the first problem found is kept, named
 * after its field, and the route answers it as a 400 in its provider's shape. Reads after a
 * problem return null.
 */
public final class JsonRequest {
    private final JsonNode root;
    private String problem;

    private JsonRequest(JsonNode root, String problem) {
        this.root = root;
        this.problem = problem;
    }

    /** Parses a body; an empty body reads as an empty object (for endpoints whose fields are all optional). */
    public static JsonRequest parse(byte[] body) {
        if (body.length == 0) {
            return new JsonRequest(Json.object(), null);
        }
        try {
            JsonNode root = Json.read(body);
            if (root == null || !root.isObject()) {
                return new JsonRequest(Json.object(), "the body must be a JSON object");
            }
            return new JsonRequest(root, null);
        } catch (java.io.IOException e) {
            return new JsonRequest(Json.object(), "the body is not valid JSON");
        }
    }

    /** The parsed object, for documents richer than flat fields (snapshots, scenarios). */
    public JsonNode root() {
        return root;
    }

    public String problem() {
        return problem;
    }

    public boolean ok() {
        return problem == null;
    }

    public java.util.Iterator<String> fieldNames() {
        return root.fieldNames();
    }

    public boolean has(String field) {
        JsonNode node = root.get(field);
        return node != null && !node.isNull();
    }

    public String requiredString(String field) {
        if (problem != null) {
            return null;
        }
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            problem = "'" + field + "' is required";
            return null;
        }
        return string(field, node);
    }

    public String optionalString(String field) {
        if (problem != null) {
            return null;
        }
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : string(field, node);
    }

    private String string(String field, JsonNode node) {
        if (!node.isTextual()) {
            problem = "'" + field + "' must be a string";
            return null;
        }
        return node.textValue();
    }

    public Boolean optionalBoolean(String field) {
        if (problem != null) {
            return null;
        }
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            problem = "'" + field + "' must be a boolean";
            return null;
        }
        return node.booleanValue();
    }

    public Integer optionalInt(String field, int min, int max) {
        if (problem != null) {
            return null;
        }
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            problem = "'" + field + "' must be an integer from " + min + " to " + max;
            return null;
        }
        return node.intValue();
    }

    /** A required array of strings with at least {@code minSize} items and at most {@code maxSize}. */
    public List<String> requiredStrings(String field, int minSize, int maxSize) {
        if (problem != null) {
            return null;
        }
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            problem = "'" + field + "' is required";
            return null;
        }
        if (!node.isArray()) {
            problem = "'" + field + "' must be an array of strings";
            return null;
        }
        if (node.size() < minSize || node.size() > maxSize) {
            problem = "'" + field + "' must hold " + minSize + " to " + maxSize + " items";
            return null;
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                problem = "'" + field + "' must be an array of strings";
                return null;
            }
            values.add(item.textValue());
        }
        return values;
    }

    /** The raw JSON of a field (null when absent, JSON null, or after a problem), for values no typed read describes. */
    public JsonNode optionalNode(String field) {
        if (problem != null) {
            return null;
        }
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node;
    }

    /** Records a problem found by the caller's own check (a pattern, a range). */
    public void reject(String message) {
        if (problem == null) {
            problem = message;
        }
    }
}
