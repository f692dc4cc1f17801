package dev.commsim.simulator.world;

/**
 * Why the world refused a command, or one item of a batch. Each dialect maps these to its own
 * status and text; the world never speaks HTTP.
 */
public enum Reason {
    /** Malformed input caught by the rules (subject length, empty participant list, ...). */
    INVALID_INPUT,
    CHANNEL_NOT_FOUND,
    COMMUNITY_NOT_FOUND,
    GROUP_NOT_FOUND,
    PARTICIPANT_NOT_FOUND,
    CHAT_NOT_FOUND,
    INVITE_NOT_FOUND,
    NOT_ADMIN,
    /** Link refusals (R3). */
    NOT_ORDINARY,
    LINKED_ELSEWHERE,
    LINKED_GROUP_LIMIT,
    COMMUNITY_MEMBER_LIMIT,
    /** Unlink refusals (R4). */
    NOT_LINKED,
    LAST_LINKED_GROUP,
    /** Toggling announcement or add mode on a community's twin groups (R10). */
    ANNOUNCEMENT_MODE_FIXED,
    /** Posting refused (R7). */
    SEND_FORBIDDEN,
    /** The creator cannot be demoted or removed. */
    CREATOR_FIXED,
    /** Group endpoints cannot change the community parent's participants: use the community ones. */
    PARENT_GROUP,
    /** Per participant in batches. */
    ALREADY_MEMBER,
    NOT_ON_WHATSAPP,
    GROUP_FULL,
    COMMUNITY_FULL,
    NOT_A_MEMBER
}
