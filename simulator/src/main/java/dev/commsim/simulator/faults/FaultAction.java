package dev.commsim.simulator.faults;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a rule does when it fires: wait (fixed {@code delayMillis} plus a {@code delayRandom} draw),
 * then answer {@code status} (with {@code body}, or the provider's error shape carrying
 * {@code message}), or drop the connection, or (delay only) serve the request normally.
 */
record FaultAction(Integer status, JsonNode body, String message, int delayMillis, DelayRange delayRandom, boolean drop) {

    boolean answers() {
        return status != null;
    }
}
