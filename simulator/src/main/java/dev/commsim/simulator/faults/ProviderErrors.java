package dev.commsim.simulator.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.world.Dialect;
import io.undertow.util.StatusCodes;

/** A status in each provider's own error envelope, so an injected fault looks like the provider's. */
final class ProviderErrors {
    private ProviderErrors() {
    }

    /** Whapi {@code {"error":{"code":S,"message":M}}}; Z-API {@code {"error":M}}. M defaults to the reason phrase. */
    static JsonNode body(Dialect dialect, int status, String message) {
        String text = message != null ? message : reasonPhrase(status);
        if (dialect == Dialect.ZAPI) {
            return Json.object().put("error", text);
        }
        ObjectNode error = Json.object().put("code", status).put("message", text);
        return Json.object().set("error", error);
    }

    static String reasonPhrase(int status) {
        String reason = StatusCodes.getReason(status);
        return reason == null || reason.equals("Unknown") ? "Error" : reason;
    }
}
