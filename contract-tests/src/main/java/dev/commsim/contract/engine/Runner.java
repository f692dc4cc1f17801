package dev.commsim.contract.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a program against a target: reset, each step compared with the model's expectation, then the
 * world read back, compared with the model's world and checked against the invariants.
 * A run stops at the first failure: later steps would only repeat it.
 */
public final class Runner<S, C> {

    private final Spec<S, C> spec;
    private final boolean checkEachStep;

    /**
     * @param checkEachStep read the world back after every step, not just at the end: slower, but a
     *                      refused request that changed something (I6) is caught at that very step
     */
    public Runner(Spec<S, C> spec, boolean checkEachStep) {
        this.spec = spec;
        this.checkEachStep = checkEachStep;
    }

    public Runner(Spec<S, C> spec) {
        this(spec, false);
    }

    public Spec<S, C> spec() {
        return spec;
    }

    /** The same runner, reading the world back after every step. */
    public Runner<S, C> checkingEachStep() {
        return checkEachStep ? this : new Runner<>(spec, true);
    }

    public RunResult<S> run(Program<S, C> program, Target<S, C> target) {
        List<StepRecord<S>> records = new ArrayList<>();
        Model<S> model = spec.newModel(program.settings());
        try {
            target.reset(program.settings());
            for (int i = 0; i < program.steps().size(); i++) {
                S step = program.steps().get(i);
                Optional<Object> expected = model.expect(step);
                if (expected.isEmpty()) {
                    records.add(new StepRecord<>(i, step, null, null, null));
                    continue;
                }
                Object shown = target.project(step, expected.get());
                Object observed = target.apply(step);
                records.add(new StepRecord<>(i, step, expected.get(), shown, observed));
                if (!Objects.equals(shown, observed)) {
                    String signature = Failure.STEP_MISMATCH + ":" + spec.actionOf(step) + ":"
                            + spec.outcomeLabel(shown);
                    return new RunResult<>(records, new Failure(i, Failure.STEP_MISMATCH, signature,
                            "step " + i + " (" + spec.actionOf(step) + ") expected "
                                    + shown + " but observed " + observed,
                            shown, observed));
                }
                if (checkEachStep) {
                    Failure failure = checkWorld(model, target, i, i == program.steps().size() - 1);
                    if (failure != null) {
                        return new RunResult<>(records, failure);
                    }
                }
            }
            return new RunResult<>(records, checkEachStep ? null : checkWorld(model, target, -1, true));
        } catch (RuntimeException e) {
            int at = records.isEmpty() ? -1 : records.size() - 1;
            return new RunResult<>(records, new Failure(at, Failure.ERROR, Failure.ERROR + ":"
                    + e.getClass().getSimpleName(), String.valueOf(e), null, String.valueOf(e)));
        }
    }

    private Failure checkWorld(Model<S> model, Target<S, C> target, int stepIndex, boolean complete) {
        Object observedView = target.readBack(complete);
        if (observedView == null) {
            return null;
        }
        List<String> violations = model.invariantViolations(observedView);
        if (!violations.isEmpty()) {
            String first = violations.get(0);
            String code = first.contains(" ") ? first.substring(0, first.indexOf(' ')) : first;
            return new Failure(stepIndex, Failure.INVARIANT, Failure.INVARIANT + ":" + code,
                    String.join("; ", violations), target.projectView(model.view(), complete), observedView);
        }
        Object expectedView = target.projectView(model.view(), complete);
        if (!Objects.equals(expectedView, observedView)) {
            return new Failure(stepIndex, Failure.STATE_MISMATCH, Failure.STATE_MISMATCH,
                    "world read back differs from the model: " + model.describeDifference(expectedView, observedView),
                    expectedView, observedView);
        }
        return null;
    }
}
