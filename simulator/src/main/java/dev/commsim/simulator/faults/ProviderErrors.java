package dev.commsim.simulator.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.dialect.Wire;
import io.undertow.util.StatusCodes;

/** A status in the request's dialect's own error envelope, so an injected fault looks like the provider's. */
final class ProviderErrors {
    private ProviderErrors() {
    }

    /** The dialect's error body for {@code status}; the message defaults to the status's reason phrase. */
    static JsonNode body(Wire wire, int status, String message) {
        return wire.error(status, message != null ? message : reasonPhrase(status));
    }

    static String reasonPhrase(int status) {
        String reason = StatusCodes.getReason(status);
        return reason == null || reason.equals("Unknown") ? "Error" : reason;
    }
}
