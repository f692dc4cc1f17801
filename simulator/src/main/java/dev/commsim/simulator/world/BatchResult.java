package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.List;

/** The per-number outcome of a participant batch (R6: judged item by item, in request order). */
public record BatchResult(List<String> processed, List<Failure> failed) {

    public record Failure(String phone, Reason reason) {
    }

    public List<String> failedPhones() {
        return failed.stream().map(Failure::phone).toList();
    }

    /** Collects a batch's results in request order. */
    static final class Builder {
        private final List<String> processed = new ArrayList<>();
        private final List<Failure> failed = new ArrayList<>();

        void ok(String phone) {
            processed.add(phone);
        }

        void fail(String phone, Reason reason) {
            failed.add(new Failure(phone, reason));
        }

        BatchResult build() {
            return new BatchResult(List.copyOf(processed), List.copyOf(failed));
        }
    }
}
