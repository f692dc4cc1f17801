package dev.commsim.simulator.control;

import dev.commsim.simulator.http.JsonRequest;
import dev.commsim.simulator.world.UnlinkPolicy;
import dev.commsim.simulator.world.WorldSettings;
import java.util.Iterator;
import java.util.Set;

/** A {@code PUT /_sim/settings}: only the named fields change; unknown fields and bad values change nothing. */
final class SettingsUpdate {
    private static final Set<String> FIELDS =
            Set.of("maxCommunityMembers", "maxLinkedGroups", "maxGroupSize", "unlinkPolicy", "strictAuth");

    record Result(WorldSettings settings, String problem) {
    }

    private SettingsUpdate() {
    }

    static Result apply(WorldSettings current, JsonRequest body) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                return new Result(null, "unknown setting '" + name + "'; known: " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        Integer members = body.optionalInt("maxCommunityMembers", 1, 1_000_000);
        Integer linked = body.optionalInt("maxLinkedGroups", 0, 100_000);
        Integer size = body.optionalInt("maxGroupSize", 2, 1_000_000);
        String policyName = body.optionalString("unlinkPolicy");
        Boolean strict = body.optionalBoolean("strictAuth");
        UnlinkPolicy policy = policyName == null ? current.unlinkPolicy()
                : UnlinkPolicy.fromWireName(policyName).orElse(null);
        if (body.ok() && policy == null) {
            body.reject("'unlinkPolicy' must be \"orphans\", \"all\" or \"none\"");
        }
        if (!body.ok()) {
            return new Result(null, body.problem());
        }
        return new Result(new WorldSettings(
                members == null ? current.maxCommunityMembers() : members,
                linked == null ? current.maxLinkedGroups() : linked,
                size == null ? current.maxGroupSize() : size,
                policy,
                strict == null ? current.strictAuth() : strict), null);
    }
}
