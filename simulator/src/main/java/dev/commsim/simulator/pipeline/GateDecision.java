package dev.commsim.simulator.pipeline;

import dev.commsim.simulator.http.Reply;
import java.util.Map;

/**
 * What a gate decides for one request: wait {@code delayMillis}, then either pass it on, answer
 * {@code reply} (with extra response {@code headers}, e.g. {@code Retry-After}) instead of the
 * dialect, or drop the connection without an answer.
 */
public record GateDecision(long delayMillis, Reply reply, boolean drop, Map<String, String> headers) {
    public static final GateDecision PASS = new GateDecision(0, null, false);

    public GateDecision {
        headers = Map.copyOf(headers);
    }

    public GateDecision(long delayMillis, Reply reply, boolean drop) {
        this(delayMillis, reply, drop, Map.of());
    }

    public static GateDecision delay(long millis) {
        return new GateDecision(millis, null, false);
    }

    public static GateDecision answer(long delayMillis, Reply reply) {
        return new GateDecision(delayMillis, reply, false);
    }

    public static GateDecision answer(long delayMillis, Reply reply, Map<String, String> headers) {
        return new GateDecision(delayMillis, reply, false, headers);
    }

    public static GateDecision dropAfter(long delayMillis) {
        return new GateDecision(delayMillis, null, true);
    }
}
