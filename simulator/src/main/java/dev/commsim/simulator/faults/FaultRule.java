package dev.commsim.simulator.faults;

import dev.commsim.simulator.pipeline.RequestInfo;
import java.util.OptionalLong;
import java.util.Random;

/**
 * A posted rule with its id and its counts. Each rule owns its seeded random source: the draws of
 * one rule depend only on the requests it matched, so adding another rule does not change them.
 */
final class FaultRule {
    private final String id;
    private final FaultSpec spec;
    private final Random random;
    private long fired;
    private Integer remaining;

    FaultRule(String id, FaultSpec spec) {
        this.id = id;
        this.spec = spec;
        this.random = new Random(spec.seed());
        this.remaining = spec.times();
    }

    String id() {
        return id;
    }

    FaultSpec spec() {
        return spec;
    }

    boolean matches(RequestInfo request) {
        return spec.match().matches(request);
    }

    /**
     * Fires for a matching request if applications remain and the probability draw says so; answers
     * the delay to apply, or empty when the rule lets the request go on to the next rule.
     */
    synchronized OptionalLong fire() {
        if (remaining != null && remaining == 0) {
            return OptionalLong.empty();
        }
        if (spec.probability() != null && random.nextDouble() >= spec.probability()) {
            return OptionalLong.empty();
        }
        if (remaining != null) {
            remaining--;
        }
        fired++;
        FaultAction action = spec.action();
        long delay = action.delayMillis() + (action.delayRandom() == null ? 0 : action.delayRandom().draw(random));
        return OptionalLong.of(delay);
    }

    synchronized Counts counts() {
        return new Counts(fired, remaining);
    }

    /** How many times the rule fired, and how many applications remain (null = unlimited). */
    record Counts(long fired, Integer remaining) {
    }
}
