package dev.commsim.simulator.world;

/** Community-level switches; stored and shown, they do not relax R3 (only parent admins link). */
public enum CommunitySetting {
    /** Who may add groups to the community. */
    MODIFY_GROUPS,
    /** Who may add members to the community. */
    MEMBER_ADD_MODE
}
