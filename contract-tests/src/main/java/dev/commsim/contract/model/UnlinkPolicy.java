package dev.commsim.contract.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** R4: who leaves Y when a group is unlinked. */
public enum UnlinkPolicy {
    /** The group's participants who are now orphans (the default). */
    ORPHANS,
    /** Every participant of the group except community admins. */
    ALL,
    /** Nobody. */
    NONE;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static UnlinkPolicy of(String wire) {
        return valueOf(wire.toUpperCase());
    }
}
