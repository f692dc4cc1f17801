package dev.commsim.simulator.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.simulator.http.Json;

/**
 * The recorder's own answers, in the provider's error envelope so a client's error handling runs as it
 * would against the provider. Mainly the 502 of an upstream that gave no answer: Whapi
 * {@code {"error":{"code":502,"message":"Bad Gateway","details":…}}}, Z-API {@code {"error":"Bad Gateway: …"}}.
 */
final class GatewayErrors {
    static final int BAD_GATEWAY = 502;

    private GatewayErrors() {
    }

    static JsonNode badGateway(String dialect, String why) {
        return error(dialect, BAD_GATEWAY, "Bad Gateway", why);
    }

    static JsonNode error(String dialect, int status, String message, String details) {
        if ("zapi".equals(dialect)) {
            return Json.object().put("error", message + ": " + details);
        }
        ObjectNode error = Json.object().put("code", status).put("message", message).put("details", details);
        return Json.object().set("error", error);
    }
}
