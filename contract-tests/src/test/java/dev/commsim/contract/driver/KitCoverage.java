package dev.commsim.contract.driver;

/** The actions every suite must reach. */
final class KitCoverage {

    static final String[] ACTIONS = {"createGroup", "createCommunity", "link", "unlink", "addParticipants",
            "removeParticipants", "promote", "demote", "addToCommunity", "removeFromCommunity",
            "promoteCommunityAdmins", "demoteCommunityAdmins", "sendText", "leave", "updateSubject",
            "changeSetting", "deactivate", "updateDescription", "inviteCode"};

    private KitCoverage() {
    }
}
