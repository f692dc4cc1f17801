package dev.commsim.contract.engine;

/** One step as run: what the model expected (null when skipped) and what the target showed. */
public record StepRecord<S>(int index, S step, Object expected, Object observed) {

    public boolean skipped() {
        return expected == null;
    }
}
