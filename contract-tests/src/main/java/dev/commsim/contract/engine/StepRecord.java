package dev.commsim.contract.engine;

/**
 * One step as run: the model's prediction, the part of it this target can show ({@code expected},
 * what is compared), and what the target showed. Null predictions: the step was skipped.
 */
public record StepRecord<S>(int index, S step, Object predicted, Object expected, Object observed) {

    public boolean skipped() {
        return predicted == null;
    }
}
