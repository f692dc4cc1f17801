package dev.commsim.simulator.world;

/** The admin-only switches of a group (rules.md, Entities). */
public enum GroupSetting {
    ANNOUNCEMENTS_ONLY, RESTRICT_INFO, ADMINS_ADD, APPROVE_PARTICIPANTS
}
