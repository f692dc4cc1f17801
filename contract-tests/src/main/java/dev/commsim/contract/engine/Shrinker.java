package dev.commsim.contract.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a failing program: cut after the failing step, delta debugging (ddmin) over steps, then
 * per-step simplification, repeated until nothing changes. The result is 1-minimal: removing any one
 * step makes the failure (same signature) disappear.
 */
public final class Shrinker<S, C> {

    /**
     * The smallest failing program found, its run, and how much work it took. {@code checkedEachStep}
     * says how candidates were judged (world read after every step, or only at the end): 1-minimality
     * holds for that way of running.
     */
    public record Shrunk<S, C>(Program<S, C> program, RunResult<S> result, int runs, long millis,
                               boolean checkedEachStep) {
    }

    private final Runner<S, C> locator;
    private final Runner<S, C> endOnly;
    private final Target<S, C> target;
    private Runner<S, C> runner;
    private int runs;
    private String signature;
    private RunResult<S> lastFailing;

    public Shrinker(Runner<S, C> runner, Target<S, C> target) {
        this.locator = runner.checkingEachStep();
        this.endOnly = new Runner<>(runner.spec(), false);
        this.runner = locator;
        this.target = target;
    }

    public Shrunk<S, C> shrink(Program<S, C> failing, Failure failure) {
        long start = System.nanoTime();
        runs = 1;
        Program<S, C> current = failing;
        // Reading the world back after every step finds the first step where target and model part
        // ways; that earliest failure, not a later consequence of it, is what gets shrunk.
        runner = locator;
        RunResult<S> located = locator.run(failing, target);
        if (!located.failed()) {
            throw new IllegalStateException("the program does not fail again (flaky target?): " + failure.message());
        }
        signature = located.failure().signature();
        lastFailing = located;
        failure = located.failure();
        RunResult<S> best = lastFailing;
        if (failure.stepIndex() >= 0) {
            Program<S, C> prefix = current.withSteps(current.steps().subList(0, failure.stepIndex() + 1));
            // Cut after the failing step, the world need only be read at the end of each candidate:
            // half the requests. If the cut program does not fail that way, keep reading every step.
            runner = endOnly;
            if (fails(prefix)) {
                current = prefix;
                best = lastFailing;
            } else {
                runner = locator;
            }
        }
        boolean changed = true;
        while (changed) {
            List<S> minimal = ddmin(current);
            changed = minimal.size() < current.size();
            current = current.withSteps(minimal);
            Program<S, C> simpler = simplifySteps(current);
            changed |= !simpler.steps().equals(current.steps());
            current = simpler;
        }
        fails(current);
        best = lastFailing == null ? best : lastFailing;
        return new Shrunk<>(current, best, runs, (System.nanoTime() - start) / 1_000_000, runner == locator);
    }

    private boolean fails(Program<S, C> program) {
        runs++;
        RunResult<S> result = runner.run(program, target);
        if (result.failed() && result.failure().signature().equals(signature)) {
            lastFailing = result;
            return true;
        }
        return false;
    }

    /** Zeller's ddmin: try chunks, then complements, refining the granularity. */
    private List<S> ddmin(Program<S, C> program) {
        List<S> steps = program.steps();
        int n = 2;
        while (steps.size() >= 2) {
            List<List<S>> chunks = split(steps, n);
            boolean reduced = false;
            for (List<S> chunk : chunks) {
                if (chunk.size() < steps.size() && fails(program.withSteps(chunk))) {
                    steps = chunk;
                    n = 2;
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                for (int i = 0; i < chunks.size() && !reduced; i++) {
                    List<S> complement = new ArrayList<>(steps.size());
                    for (int j = 0; j < chunks.size(); j++) {
                        if (j != i) {
                            complement.addAll(chunks.get(j));
                        }
                    }
                    if (fails(program.withSteps(complement))) {
                        steps = complement;
                        n = Math.max(n - 1, 2);
                        reduced = true;
                    }
                }
            }
            if (!reduced) {
                if (n >= steps.size()) {
                    break;
                }
                n = Math.min(steps.size(), 2 * n);
            }
        }
        if (steps.size() == 1 && fails(program.withSteps(List.of()))) {
            return List.of();
        }
        return steps;
    }

    private static <T> List<List<T>> split(List<T> list, int n) {
        List<List<T>> chunks = new ArrayList<>(n);
        int start = 0;
        for (int i = 0; i < n; i++) {
            int end = start + (list.size() - start) / (n - i);
            if (end > start) {
                chunks.add(List.copyOf(list.subList(start, end)));
            }
            start = end;
        }
        return chunks;
    }

    /** Replaces each step by its simplest variant that still fails, until no step simplifies further. */
    private Program<S, C> simplifySteps(Program<S, C> program) {
        List<S> steps = new ArrayList<>(program.steps());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < steps.size(); i++) {
                for (S simpler : runner.spec().simplifications(steps.get(i))) {
                    List<S> candidate = new ArrayList<>(steps);
                    candidate.set(i, simpler);
                    if (fails(program.withSteps(candidate))) {
                        steps = candidate;
                        changed = true;
                        break;
                    }
                }
            }
        }
        return program.withSteps(steps);
    }
}
