package dev.commsim.contract.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the same program against two targets and compares them with each other, step by step and
 * in the world read back. The model only chooses the steps and says which to skip: two targets that
 * agree with each other pass even where both disagree with the model. When B shows less than A (put
 * the richer dialect first), A's answers are reduced to what B can show before comparing.
 */
public final class Differential<S, C> {

    private final Spec<S, C> spec;

    public Differential(Spec<S, C> spec) {
        this.spec = spec;
    }

    /** Records hold target A's observation as "expected" and target B's as "observed". */
    public RunResult<S> run(Program<S, C> program, Target<S, C> a, Target<S, C> b) {
        List<StepRecord<S>> records = new ArrayList<>();
        Model<S> model = spec.newModel(program.settings());
        a.reset(program.settings());
        b.reset(program.settings());
        for (int i = 0; i < program.size(); i++) {
            S step = program.steps().get(i);
            Optional<Object> expected = model.expect(step);
            if (expected.isEmpty()) {
                records.add(new StepRecord<>(i, step, null, null, null));
                continue;
            }
            // B may show less than A (Z-API against Whapi): compare B with what it would show of A's answer.
            Object fromA = b.project(step, a.apply(step));
            Object fromB = b.apply(step);
            records.add(new StepRecord<>(i, step, expected.get(), fromA, fromB));
            if (!Objects.equals(fromA, fromB)) {
                return new RunResult<>(records, new Failure(i, Failure.STEP_MISMATCH,
                        Failure.STEP_MISMATCH + ":" + spec.actionOf(step),
                        "step " + i + " (" + spec.actionOf(step) + "): " + a.describe() + " answered " + fromA
                                + ", " + b.describe() + " answered " + fromB, fromA, fromB));
            }
        }
        Object viewA = a.readBack(true);
        Object viewB = b.readBack(true);
        viewA = viewA == null ? null : b.projectView(viewA, true);
        if (viewA != null && viewB != null && !viewA.equals(viewB)) {
            return new RunResult<>(records, new Failure(-1, Failure.STATE_MISMATCH, Failure.STATE_MISMATCH,
                    "the two worlds read back differ: " + model.describeDifference(viewA, viewB), viewA, viewB));
        }
        return new RunResult<>(records, null);
    }
}
