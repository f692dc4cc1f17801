package dev.commsim.simulator.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.dialect.Wire;
import dev.commsim.simulator.dialect.whapi.WhapiWire;
import dev.commsim.simulator.dialect.zapi.ZapiWire;

/**
 * The recorder's own answers, in the provider's error envelope (each dialect's {@link Wire} writes it) so
 * a client's error handling runs as it would against the provider. Mainly the 502 of an upstream that gave
 * no answer: Whapi {@code {"error":{"code":502,"message":"Bad Gateway","details":…}}}, Z-API
 * {@code {"error":"Bad Gateway: …"}}.
 */
final class GatewayErrors {
    static final int BAD_GATEWAY = 502;
    private static final Wire WHAPI = new WhapiWire();
    /** The seed only draws webhook notification ids, which the recorder never sends. */
    private static final Wire ZAPI = new ZapiWire(0);

    private GatewayErrors() {
    }

    static JsonNode badGateway(String dialect, String why) {
        return error(dialect, BAD_GATEWAY, "Bad Gateway", why);
    }

    static JsonNode error(String dialect, int status, String message, String details) {
        return ("zapi".equals(dialect) ? ZAPI : WHAPI).error(status, message, details);
    }
}
