package dev.commsim.simulator.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;

/**
 * A channel of a recording under its label ({@code whapi-1}, {@code zapi-1}, …): its credentials are
 * never written, only the order in which channels first spoke. {@code phone} is the channel's own
 * number when the provider told it ({@code GET /health}, {@code GET /device}), else null.
 */
public record RecordedChannel(String label, String dialect, String phone) {

    ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("type", "channel");
        node.put("channel", label);
        node.put("dialect", dialect);
        if (phone != null) {
            node.put("phone", phone);
        }
        return node;
    }

    static RecordedChannel fromJson(JsonNode node) {
        String label = node.path("channel").asText(null);
        String dialect = node.path("dialect").asText(null);
        if (label == null || !("whapi".equals(dialect) || "zapi".equals(dialect))) {
            throw new IllegalArgumentException("a channel line needs \"channel\" and \"dialect\" (whapi or zapi)");
        }
        return new RecordedChannel(label, dialect, node.hasNonNull("phone") ? node.get("phone").asText() : null);
    }
}
