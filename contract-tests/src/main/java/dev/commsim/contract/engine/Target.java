package dev.commsim.contract.engine;

/** Something that can run steps: an embedded simulator, a live provider, or a toy in a test. */
public interface Target<S, C> extends AutoCloseable {

    /** Clears the target and applies the settings a program runs under. */
    void reset(C settings);

    /**
     * What this target can show of the model's expected outcome: a provider that answers less (a bare
     * yes/no) is compared on what it answers. Identity by default.
     */
    default Object project(S step, Object expected) {
        return expected;
    }

    /**
     * What this target can show of the model's world (identity by default).
     *
     * @param complete whether the view was read with {@link #readBack(boolean) complete} true
     */
    default Object projectView(Object view, boolean complete) {
        return view;
    }

    /** Runs one step and returns its provider-neutral observation. */
    Object apply(S step);

    /** The target's whole world in the model's view shape, or null when it cannot be read back. */
    Object readBack();

    /**
     * The world, possibly without its costlier parts when {@code complete} is false: the runner reads
     * a quick view after intermediate steps and a complete one at the end of a program.
     */
    default Object readBack(boolean complete) {
        return readBack();
    }

    /** Where this target is, for reports. */
    String describe();

    @Override
    default void close() {
    }
}
