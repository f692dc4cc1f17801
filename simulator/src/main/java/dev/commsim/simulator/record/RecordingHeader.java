package dev.commsim.simulator.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first line of a recording. {@code source} says where its answers come from: {@code proxy}
 * (traffic through {@code --record-to}), {@code contract-kit} (a live run of the kit) or
 * {@code documentation} (built by hand from the providers' documented examples, not live traffic).
 * Documented examples are often abridged, so such a recording sets {@code extraFieldsAllowed}: a field
 * the example leaves out is not a difference.
 */
public record RecordingHeader(String source, Instant recordedAt, Map<String, String> upstreams, String note,
                              boolean extraFieldsAllowed) {
    public static final String FORMAT = "commsim-recording";
    public static final int VERSION = 1;

    public RecordingHeader {
        upstreams = Map.copyOf(upstreams);
    }

    ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("format", FORMAT);
        node.put("version", VERSION);
        node.put("source", source);
        node.put("recordedAt", recordedAt.toString());
        ObjectNode targets = node.putObject("upstreams");
        upstreams.forEach(targets::put);
        if (note != null) {
            node.put("note", note);
        }
        if (extraFieldsAllowed) {
            node.put("extraFieldsAllowed", true);
        }
        return node;
    }

    static RecordingHeader fromJson(JsonNode node) {
        if (!FORMAT.equals(node.path("format").asText()) || node.path("version").asInt() != VERSION) {
            throw new IllegalArgumentException("the first line must be a recording header "
                    + "{\"format\":\"" + FORMAT + "\",\"version\":" + VERSION + ",…}");
        }
        Map<String, String> upstreams = new LinkedHashMap<>();
        node.path("upstreams").fields().forEachRemaining(e -> upstreams.put(e.getKey(), e.getValue().asText()));
        return new RecordingHeader(node.path("source").asText("unknown"),
                Instant.parse(node.path("recordedAt").asText(Instant.EPOCH.toString())), upstreams,
                node.hasNonNull("note") ? node.get("note").asText() : null,
                node.path("extraFieldsAllowed").asBoolean(false));
    }
}
