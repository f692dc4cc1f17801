package dev.commsim.contract.engine;

/**
 * Why a run failed. {@code signature} is what the shrinker preserves: a smaller program only counts
 * as the same failure when it fails with the same signature.
 *
 * @param stepIndex the failing step, or -1 when the failure was found reading the world back
 */
public record Failure(int stepIndex, String kind, String signature, String message, Object expected,
                      Object observed) {

    public static final String STEP_MISMATCH = "step-mismatch";
    public static final String STATE_MISMATCH = "state-mismatch";
    public static final String INVARIANT = "invariant";
    public static final String ERROR = "error";
}
