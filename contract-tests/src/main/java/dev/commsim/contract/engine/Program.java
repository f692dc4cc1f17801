package dev.commsim.contract.engine;

import java.util.List;

/** A seeded list of steps and the settings they run under. */
public record Program<S, C>(long seed, C settings, List<S> steps) {

    public Program {
        steps = List.copyOf(steps);
    }

    public Program<S, C> withSteps(List<S> newSteps) {
        return new Program<>(seed, settings, newSteps);
    }

    public int size() {
        return steps.size();
    }
}
