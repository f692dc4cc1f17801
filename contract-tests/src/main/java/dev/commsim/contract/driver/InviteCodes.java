package dev.commsim.contract.driver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The invite codes a driver needs for {@code joinByInvite}, by handle: a group's current code (from
 * the backstage, else from the provider as any actor allowed to read it), the last code seen (a
 * group that is gone keeps answering with it), and the code each group's latest revoke replaced.
 */
final class InviteCodes {

    /** A well-formed code no group has: what a join uses for a group whose code was never seen. */
    static final String UNKNOWN = "KitNoSuchCode0000";

    private final Backstage backstage;
    private final Map<String, String> lastSeen = new HashMap<>();
    private final Map<String, String> revoked = new HashMap<>();

    InviteCodes(Backstage backstage) {
        this.backstage = backstage;
    }

    /**
     * @param askAs the provider's answer to "this group's code" as one actor, null when refused
     * @param actors every actor, tried in turn when the backstage cannot tell
     */
    String current(String handle, Ids ids, List<String> actors, Function<String, String> askAs) {
        if (!ids.has(handle)) {
            return UNKNOWN;
        }
        String code = backstage.inviteCode(ids.id(handle));
        for (int i = 0; code == null && !(backstage instanceof SimulatorBackstage) && i < actors.size(); i++) {
            code = askAs.apply(actors.get(i));
        }
        if (code != null) {
            lastSeen.put(handle, code);
            return code;
        }
        return lastSeen.getOrDefault(handle, UNKNOWN);
    }

    /** Called after a revoke succeeded, with the code read just before it. */
    void revoked(String handle, String previous) {
        revoked.put(handle, previous);
    }

    String revokedCode(String handle) {
        String code = revoked.get(handle);
        if (code == null) {
            throw new IllegalStateException("no revoked invite code of " + handle + " was seen");
        }
        return code;
    }

    void clear() {
        lastSeen.clear();
        revoked.clear();
    }
}
