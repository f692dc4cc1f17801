package dev.commsim.simulator.faults;

import dev.commsim.simulator.pipeline.RequestInfo;
import dev.commsim.simulator.world.Dialect;

/**
 * At most {@code requests} per {@code windowSeconds} for each channel in scope: every channel of a
 * dialect (or of both when {@code dialect} is null), or the one {@code channel} named.
 */
record RateLimit(Dialect dialect, String channel, int requests, int windowSeconds) {

    boolean applies(RequestInfo request) {
        return (dialect == null || dialect == request.dialect())
                && (channel == null || channel.equals(request.channel()));
    }

    /** A limit naming a channel beats one naming only a dialect, which beats one for everything. */
    int specificity() {
        return (channel != null ? 2 : 0) + (dialect != null ? 1 : 0);
    }

    boolean sameScope(RateLimit other) {
        return dialect == other.dialect && java.util.Objects.equals(channel, other.channel);
    }
}
