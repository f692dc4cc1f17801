package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a batch judged item by item, in request order (R6 for numbers, R3 for linked groups):
 * the items applied, and each refused one with its reason.
 */
public record BatchResult(List<String> processed, List<Failure> failed) {

    public record Failure(String item, Reason reason) {
    }

    public List<String> failedItems() {
        return failed.stream().map(Failure::item).toList();
    }

    /** Collects a batch's results in request order. */
    static final class Builder {
        private final List<String> processed = new ArrayList<>();
        private final List<Failure> failed = new ArrayList<>();

        void ok(String item) {
            processed.add(item);
        }

        void fail(String item, Reason reason) {
            failed.add(new Failure(item, reason));
        }

        BatchResult build() {
            return new BatchResult(List.copyOf(processed), List.copyOf(failed));
        }
    }
}
