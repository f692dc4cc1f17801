package dev.commsim.simulator.webhooks;

import com.fasterxml.jackson.databind.JsonNode;

/** One webhook delivery as the log shows it: what was sent where, how many tries, how it ended. */
public record Delivery(
        long id,
        String dialect,
        String channel,
        String url,
        String event,
        JsonNode payload,
        int attempts,
        int lastStatus,
        String error,
        State state,
        long createdAtMillis) {

    public enum State { PENDING, DELIVERED, FAILED }

    Delivery attempted(int status, String failure, State next) {
        return new Delivery(id, dialect, channel, url, event, payload, attempts + 1, status, failure, next,
                createdAtMillis);
    }
}
