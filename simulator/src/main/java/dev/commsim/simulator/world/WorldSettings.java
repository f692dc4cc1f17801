package dev.commsim.simulator.world;

/**
 * The rules' adjustable settings (R4, R6) and the auth mode. Immutable: a change replaces the whole
 * value, so a request always sees one consistent set.
 */
public record WorldSettings(
        int maxCommunityMembers,
        int maxLinkedGroups,
        int maxGroupSize,
        UnlinkPolicy unlinkPolicy,
        boolean strictAuth) {

    public static final int MAX_SUBJECT_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 2048;

    public static WorldSettings defaults() {
        return new WorldSettings(2000, 50, 1024, UnlinkPolicy.ORPHANS, false);
    }

    public WorldSettings {
        if (maxCommunityMembers < 1 || maxLinkedGroups < 0 || maxGroupSize < 2) {
            throw new IllegalArgumentException("limits out of range: maxCommunityMembers >= 1, "
                    + "maxLinkedGroups >= 0, maxGroupSize >= 2");
        }
        if (unlinkPolicy == null) {
            throw new IllegalArgumentException("unlinkPolicy is required");
        }
    }

    public WorldSettings withMaxCommunityMembers(int value) {
        return new WorldSettings(value, maxLinkedGroups, maxGroupSize, unlinkPolicy, strictAuth);
    }

    public WorldSettings withMaxLinkedGroups(int value) {
        return new WorldSettings(maxCommunityMembers, value, maxGroupSize, unlinkPolicy, strictAuth);
    }

    public WorldSettings withMaxGroupSize(int value) {
        return new WorldSettings(maxCommunityMembers, maxLinkedGroups, value, unlinkPolicy, strictAuth);
    }

    public WorldSettings withUnlinkPolicy(UnlinkPolicy value) {
        return new WorldSettings(maxCommunityMembers, maxLinkedGroups, maxGroupSize, value, strictAuth);
    }

    public WorldSettings withStrictAuth(boolean value) {
        return new WorldSettings(maxCommunityMembers, maxLinkedGroups, maxGroupSize, unlinkPolicy, value);
    }
}
