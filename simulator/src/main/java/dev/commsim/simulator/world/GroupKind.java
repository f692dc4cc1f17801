package dev.commsim.simulator.world;

/** What a group is: an ordinary group, or one of a community's twin groups (R1). */
public enum GroupKind {
    ORDINARY, COMMUNITY_PARENT, COMMUNITY_ANNOUNCEMENT
}
