package dev.commsim.contract.actions;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A provider-neutral outcome of one step: what the model expects and what a driver observes.
 * Ids are handles, timestamps and message ids are dropped, per-person lists are sorted.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Observation.Done.class, name = "done"),
        @JsonSubTypes.Type(value = Observation.Batch.class, name = "batch"),
        @JsonSubTypes.Type(value = Observation.Refused.class, name = "refused"),
        @JsonSubTypes.Type(value = Observation.Answered.class, name = "answered")})
public sealed interface Observation {

    /** Plain success. */
    record Done() implements Observation {
    }

    /** A per-person answer (adds, removals, group creation). */
    record Batch(List<String> processed, List<String> failed) implements Observation {
        public Batch {
            processed = processed.stream().sorted().toList();
            failed = failed.stream().sorted().toList();
        }
    }

    /** The request was refused as a whole. {@code detail} is for humans and not compared. */
    record Refused(Reason reason, String detail) implements Observation {
        public Refused(Reason reason) {
            this(reason, null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Refused r && r.reason == reason;
        }

        @Override
        public int hashCode() {
            return reason.hashCode();
        }

        @Override
        public String toString() {
            return detail == null ? "Refused[" + reason + "]" : "Refused[" + reason + ": " + detail + "]";
        }
    }

    /**
     * A bare yes/no: Z-API answers most operations with {@code {"value": bool}} or
     * {@code {"success": bool}}, so that is all a Z-API target can show of an outcome.
     */
    record Answered(boolean value) implements Observation {
    }

    static Observation done() {
        return new Done();
    }

    static Observation refused(Reason reason) {
        return new Refused(reason);
    }
}
