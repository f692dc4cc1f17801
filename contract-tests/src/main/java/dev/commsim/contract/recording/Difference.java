package dev.commsim.contract.recording;

/**
 * One way a simulated answer differs from the recorded one: where (a JSON path such as
 * {@code $.groups[1].participants_count}), what was recorded and what the simulator answered.
 */
public record Difference(Kind kind, String where, String recorded, String simulated, String detail) {

    public enum Kind {
        STATUS("status"), MISSING_FIELD("missing field"), EXTRA_FIELD("extra field"), MISSING_ITEM("missing item"),
        EXTRA_ITEM("extra item"), TYPE("type"), VALUE("value");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line for a report. */
    public String describe() {
        return switch (kind) {
            case STATUS -> "status: recorded " + recorded + ", simulator " + simulated;
            case MISSING_FIELD, MISSING_ITEM -> kind.label() + " " + where + ": recorded " + recorded
                    + ", absent from the simulator's answer";
            case EXTRA_FIELD, EXTRA_ITEM -> kind.label() + " " + where + ": the simulator answered " + simulated
                    + ", absent from the recording";
            case TYPE -> "type " + where + ": recorded " + recorded + ", simulator " + simulated;
            case VALUE -> "value " + where + ": recorded " + recorded + ", simulator " + simulated
                    + (detail == null ? "" : " (" + detail + ")");
        };
    }
}
