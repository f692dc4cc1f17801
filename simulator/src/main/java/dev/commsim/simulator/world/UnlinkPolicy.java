package dev.commsim.simulator.world;

import java.util.Locale;
import java.util.Optional;

/** Who leaves the announcement group when a group is unlinked (R4). */
public enum UnlinkPolicy {
    /** Only participants left in no linked group, not admins, not direct members (default). */
    ORPHANS,
    /** Every participant of the unlinked group except community admins (the providers' wording). */
    ALL,
    /** Nobody (the WhatsApp protocol's default flag). */
    NONE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UnlinkPolicy> fromWireName(String name) {
        for (UnlinkPolicy policy : values()) {
            if (policy.wireName().equals(name)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
