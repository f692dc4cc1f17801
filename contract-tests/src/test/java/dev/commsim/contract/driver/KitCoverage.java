package dev.commsim.contract.driver;

/** The actions every suite must reach. */
final class KitCoverage {

    static final String[] ACTIONS = {"createGroup", "createCommunity", "link", "unlink", "addParticipants",
            "removeParticipants", "promote", "demote", "addToCommunity", "removeFromCommunity",
            "promoteCommunityAdmins", "demoteCommunityAdmins", "sendText", "leave", "updateSubject",
            "changeSetting", "deactivate", "updateDescription", "inviteCode", "joinByInvite"};

    /** Whapi has one request for a group made inside a community; Z-API has none (the model skips it). */
    static final String[] WHAPI_ONLY = {"createGroupInCommunity"};

    /** The refusals only a join by invite code gives, every one of which each suite must reach. */
    static final String[] JOIN_REFUSALS = {"INVITE_NOT_FOUND", "GROUP_FULL", "COMMUNITY_MEMBER_LIMIT"};

    private KitCoverage() {
    }
}
