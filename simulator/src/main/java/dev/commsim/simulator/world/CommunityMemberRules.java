package dev.commsim.simulator.world;

import java.util.List;

/**
 * R5 (community side) and I5: people added to, removed from, promoted and demoted in the community
 * itself, whether through its own endpoints or through its announcement group's.
 */
final class CommunityMemberRules {
    private final WorldState state;

    CommunityMemberRules(WorldState state) {
        this.state = state;
    }

    /** People added to the community itself are direct members of Y, judged per number (R6). */
    Outcome<BatchResult> add(String caller, String communityId, List<String> phones) {
        return state.administered(caller, communityId).map(community -> {
            BatchResult.Builder result = new BatchResult.Builder();
            for (String phone : phones) {
                if (community.isMember(phone)) {
                    result.fail(phone, Reason.ALREADY_MEMBER);
                } else if (!WorldState.onWhatsApp(phone)) {
                    result.fail(phone, Reason.NOT_ON_WHATSAPP);
                } else if (community.announcement.participants.size() >= state.settings.maxCommunityMembers()) {
                    result.fail(phone, Reason.COMMUNITY_FULL);
                } else {
                    state.joinAnnouncement(community, phone, caller, WorldEvent.DIRECT);
                    community.directMembers.add(phone);
                    result.ok(phone);
                }
            }
            return result.build();
        });
    }

    /** Removal from the community takes a person out of Y and out of every linked group. */
    Outcome<BatchResult> remove(String caller, String communityId, List<String> phones) {
        return state.administered(caller, communityId).map(community -> {
            BatchResult.Builder result = new BatchResult.Builder();
            for (String phone : phones) {
                if (!community.isMember(phone)) {
                    result.fail(phone, Reason.NOT_A_MEMBER);
                } else if (community.announcement.participants.rankOf(phone) == Rank.CREATOR) {
                    result.fail(phone, Reason.CREATOR_FIXED);
                } else {
                    state.removeFromCommunity(community, phone, caller, WorldEvent.COMMUNITY_REMOVAL);
                    result.ok(phone);
                }
            }
            return result.build();
        });
    }

    /** A community admin's rank lives in both P and Y (I5: P holds exactly the admins). */
    Outcome<BatchResult> promote(String caller, String communityId, List<String> phones) {
        return state.administered(caller, communityId).map(community -> {
            BatchResult.Builder result = new BatchResult.Builder();
            for (String phone : phones) {
                if (!community.isMember(phone)) {
                    result.fail(phone, Reason.NOT_A_MEMBER);
                    continue;
                }
                if (!community.isAdmin(phone)) {
                    community.announcement.participants.put(phone, Rank.ADMIN);
                    community.parent.participants.put(phone, Rank.ADMIN);
                    state.event(WorldEvent.Type.PARTICIPANTS_PROMOTED, community.announcement, phone, caller, null);
                    state.event(WorldEvent.Type.PARTICIPANTS_ADDED, community.parent, phone, caller, null);
                }
                result.ok(phone);
            }
            return result.build();
        });
    }

    Outcome<BatchResult> demote(String caller, String communityId, List<String> phones) {
        return state.administered(caller, communityId).map(community -> {
            BatchResult.Builder result = new BatchResult.Builder();
            for (String phone : phones) {
                if (!community.isMember(phone)) {
                    result.fail(phone, Reason.NOT_A_MEMBER);
                } else if (community.parent.participants.rankOf(phone) == Rank.CREATOR) {
                    result.fail(phone, Reason.CREATOR_FIXED);
                } else {
                    if (community.parent.participants.remove(phone) != null) {
                        community.announcement.participants.put(phone, Rank.MEMBER);
                        state.event(WorldEvent.Type.PARTICIPANTS_DEMOTED, community.announcement, phone, caller, null);
                        state.event(WorldEvent.Type.PARTICIPANTS_REMOVED, community.parent, phone, caller, null);
                    }
                    result.ok(phone);
                }
            }
            return result.build();
        });
    }
}
