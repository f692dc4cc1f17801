package dev.commsim.contract.model;

/** The limits and policy a program runs under (R4, R6), named as in {@code /_sim/settings}. */
public record Settings(int maxCommunityMembers, int maxLinkedGroups, int maxGroupSize, UnlinkPolicy unlinkPolicy) {

    /** Small limits, so short programs reach them. */
    public static Settings small() {
        return new Settings(12, 3, 8, UnlinkPolicy.ORPHANS);
    }

    /** rules.md R6 defaults. */
    public static Settings defaults() {
        return new Settings(2000, 50, 1024, UnlinkPolicy.ORPHANS);
    }

    public Settings withMaxCommunityMembers(int value) {
        return new Settings(value, maxLinkedGroups, maxGroupSize, unlinkPolicy);
    }

    public Settings withMaxLinkedGroups(int value) {
        return new Settings(maxCommunityMembers, value, maxGroupSize, unlinkPolicy);
    }

    public Settings withMaxGroupSize(int value) {
        return new Settings(maxCommunityMembers, maxLinkedGroups, value, unlinkPolicy);
    }

    public Settings withUnlinkPolicy(UnlinkPolicy value) {
        return new Settings(maxCommunityMembers, maxLinkedGroups, maxGroupSize, value);
    }
}
