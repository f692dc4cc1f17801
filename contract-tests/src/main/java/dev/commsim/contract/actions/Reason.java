package dev.commsim.contract.actions;

/**
 * Why a request was refused, at the precision a provider's answer lets a client tell
 * (for Whapi: status, message and the simulator's details; see whapi.md §4.5).
 */
public enum Reason {
    /** 400: malformed request or a length limit. */
    BAD_REQUEST,
    /** 404 "Community not found": unknown, invisible or deactivated. */
    COMMUNITY_NOT_FOUND,
    /** 404 "Specified group not found". */
    GROUP_NOT_FOUND,
    /** 404 "Specified group or participant not found" (promote/demote of a non-participant). */
    PARTICIPANT_NOT_FOUND,
    /** 404 "Specified chat not found" (send). */
    CHAT_NOT_FOUND,
    /** 403 "Not permission": community endpoints. */
    NOT_COMMUNITY_ADMIN,
    /** 403 "You do not have permissions for this action": group endpoints. */
    NOT_GROUP_ADMIN,
    /** 403 "It is forbidden to send to this group/recipient" (R7). */
    SEND_FORBIDDEN,
    /** 422 link refused: not an ordinary group. */
    NOT_ORDINARY,
    /** 422 link refused: already linked to another community. */
    LINKED_ELSEWHERE,
    /** 422 link refused: maxLinkedGroups. */
    LINKED_GROUP_LIMIT,
    /** 422 link refused: maxCommunityMembers (400 "community is full" for a join by invite code). */
    COMMUNITY_MEMBER_LIMIT,
    /** 400 "group is full": a join by invite code into a group at maxGroupSize. */
    GROUP_FULL,
    /** 404 "Wrong invite code": unknown or revoked code, or its group is gone. */
    INVITE_NOT_FOUND,
    /** 400 unlink of a group not linked to this community. */
    NOT_LINKED,
    /** Z-API: unlinking a community's last ordinary linked group (R4). */
    LAST_LINKED_GROUP,
    /** 400 toggling announcement mode on Y or P. */
    ANNOUNCEMENT_FIXED,
    /** Anything a driver could not classify: always a failure, never expected by the model. */
    UNRECOGNISED
}
