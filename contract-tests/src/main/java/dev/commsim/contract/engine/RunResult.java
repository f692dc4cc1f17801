package dev.commsim.contract.engine;

import java.util.List;

/** The result of running one program: the steps run and the first failure, if any. */
public record RunResult<S>(List<StepRecord<S>> records, Failure failure) {

    public boolean failed() {
        return failure != null;
    }
}
