package dev.commsim.simulator.world;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The world's time: a base clock plus an offset that the control plane may move, so timestamps in
 * answers follow the simulated time, never the rules reading the system clock themselves.
 */
public final class SimClock {
    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public SimClock(Clock base) {
        this.base = base;
    }

    public static SimClock system() {
        return new SimClock(Clock.systemUTC());
    }

    public Instant now() {
        return base.instant().plus(offset);
    }

    public long epochMillis() {
        return now().toEpochMilli();
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void set(Instant instant) {
        offset = Duration.between(base.instant(), instant);
    }

    /** Back to the base clock's time. */
    public void resetOffset() {
        offset = Duration.ZERO;
    }
}
