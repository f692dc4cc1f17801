package dev.commsim.contract.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A failure written down so it can run again against any target: seed, settings, the (shrunk)
 * steps, and what was expected and observed at each step.
 *
 * @param knownDivergence when set, a failure already reported and waiting for a fix; suites
 *                        that replay the fixtures expect it to still fail, and say so
 */
public record ReplayFile(int format, String title, String target, long seed, JsonNode settings,
                         List<JsonNode> steps, FailureView failure, List<RecordView> records,
                         String knownDivergence) {

    public static final int FORMAT = 1;

    /** The failure as found. */
    public record FailureView(int stepIndex, String kind, String signature, String message,
                              JsonNode expected, JsonNode observed) {
    }

    /** One step: the model's prediction, the part the target can show, what it showed (null: skipped). */
    public record RecordView(int index, JsonNode step, JsonNode predicted, JsonNode expected, JsonNode observed) {
    }
}
