package dev.commsim.contract.engine;

import java.util.List;
import java.util.Optional;

/** The reference model of one program run: it predicts each step's outcome and advances. */
public interface Model<S> {

    /**
     * Applies the step to the model and returns the outcome the target must show. Empty when the step
     * names a handle that no earlier step created (possible after shrinking): such a step is skipped.
     */
    Optional<Object> expect(S step);

    /** The model's world, in the same provider-neutral shape a target reads back. */
    Object view();

    /** Invariant violations in a world read back from a target; empty when all hold. */
    List<String> invariantViolations(Object observedView);

    /** A short human account of how two views differ, for failure messages. */
    default String describeDifference(Object expectedView, Object observedView) {
        return "the views differ";
    }
}
