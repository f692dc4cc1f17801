package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** R1, R3, R4, R5 (community side) and R8: everything done to a community as a whole. */
final class CommunityRules {
    private final WorldState state;

    CommunityRules(WorldState state) {
        this.state = state;
    }

    /** R1: the twin groups, same name; the community id is the parent's id. */
    Outcome<CommunityView> create(String caller, String name, String description) {
        String problem = Texts.subjectProblem("subject", name);
        if (problem == null) {
            problem = Texts.descriptionProblem("description", description);
        }
        if (problem != null) {
            return Outcome.refused(Reason.INVALID_INPUT, problem);
        }
        Group parent = state.newGroup(GroupKind.COMMUNITY_PARENT, name, caller);
        Group announcement = state.newGroup(GroupKind.COMMUNITY_ANNOUNCEMENT, name, caller);
        parent.participants.put(caller, Rank.CREATOR);
        announcement.participants.put(caller, Rank.CREATOR);
        announcement.linkedParent = parent.id;
        announcement.announcementsOnly = true;
        announcement.restrictInfo = true;
        announcement.adminsAdd = true;
        parent.restrictInfo = true;
        parent.adminsAdd = true;
        String text = description == null ? "" : description;
        parent.description = text;
        announcement.description = text;
        Community community = new Community(parent, announcement);
        state.communities.put(parent.id, community);
        state.event(WorldEvent.Type.COMMUNITY_CREATED, parent, caller, caller, WorldEvent.CREATED);
        state.event(WorldEvent.Type.GROUP_CREATED, parent, caller, caller, WorldEvent.CREATED);
        state.event(WorldEvent.Type.GROUP_CREATED, announcement, caller, caller, WorldEvent.CREATED);
        return Outcome.ok(state.view(community));
    }

    /** Every community whose announcement group holds the caller, newest first (R9). */
    List<CommunityView> list(String caller) {
        List<Community> visible = new ArrayList<>();
        for (Community community : state.communities.values()) {
            if (community.isMember(caller)) {
                visible.add(community);
            }
        }
        visible.sort(Comparator.comparingLong((Community c) -> c.parent.createdAtMillis)
                .thenComparing(Community::id).reversed());
        return visible.stream().map(state::view).toList();
    }

    Outcome<CommunityView> get(String caller, String communityId) {
        Community community = state.visibleCommunity(caller, communityId);
        return community == null ? Outcome.refused(Reason.COMMUNITY_NOT_FOUND) : Outcome.ok(state.view(community));
    }

    /** R8: linked groups become ordinary again, the twins go, the id answers "not found". */
    Outcome<Done> deactivate(String caller, String communityId) {
        Outcome<Community> found = administered(caller, communityId);
        if (found instanceof Outcome.Refused<Community> refused) {
            return refused.retype();
        }
        Community community = ((Outcome.Ok<Community>) found).value();
        for (String groupId : community.linkedGroupIds) {
            Group group = state.groups.get(groupId);
            state.event(WorldEvent.Type.GROUP_UNLINKED, group, List.of(), caller, WorldEvent.DEACTIVATION);
            group.linkedParent = null;
        }
        state.event(WorldEvent.Type.COMMUNITY_DEACTIVATED, community.parent, List.of(), caller, WorldEvent.DEACTIVATION);
        state.removeGroup(community.announcement, caller, WorldEvent.DEACTIVATION);
        state.removeGroup(community.parent, caller, WorldEvent.DEACTIVATION);
        state.communities.remove(community.id());
        return Outcome.ok(Done.DONE);
    }

    /** R3, in the order rules.md lists its conditions. */
    Outcome<Done> link(String caller, String communityId, String groupId) {
        Outcome<Community> found = administered(caller, communityId);
        if (found instanceof Outcome.Refused<Community> refused) {
            return refused.retype();
        }
        Community community = ((Outcome.Ok<Community>) found).value();
        Group group = state.visibleGroup(caller, groupId);
        if (group == null) {
            return Outcome.refused(Reason.GROUP_NOT_FOUND);
        }
        if (!group.isAdmin(caller)) {
            return Outcome.refused(Reason.NOT_ADMIN);
        }
        if (group.kind != GroupKind.ORDINARY) {
            return Outcome.refused(Reason.NOT_ORDINARY, "not an ordinary group");
        }
        if (community.id().equals(group.linkedParent)) {
            return Outcome.ok(Done.DONE);
        }
        if (group.linkedParent != null) {
            return Outcome.refused(Reason.LINKED_ELSEWHERE, "already linked to another community");
        }
        if (community.linkedGroupIds.size() >= state.settings.maxLinkedGroups()) {
            return Outcome.refused(Reason.LINKED_GROUP_LIMIT, "linked group limit reached");
        }
        int newcomers = 0;
        for (String phone : group.participants.keySet()) {
            if (!community.isMember(phone)) {
                newcomers++;
            }
        }
        if (community.announcement.participants.size() + newcomers > state.settings.maxCommunityMembers()) {
            return Outcome.refused(Reason.COMMUNITY_MEMBER_LIMIT, "community member limit reached");
        }
        group.linkedParent = community.id();
        community.linkedGroupIds.add(group.id);
        state.event(WorldEvent.Type.GROUP_LINKED, group, List.of(), caller, null);
        for (String phone : group.participants.keySet()) {
            community.countLinked(phone);
            state.joinAnnouncement(community, phone, caller, WorldEvent.PROPAGATION);
        }
        return Outcome.ok(Done.DONE);
    }

    /** R4, with the unlink policy in force; Z-API adds its keep-the-last-group guard. */
    Outcome<Done> unlink(String caller, String communityId, String groupId, UnlinkGuard guard) {
        Outcome<Community> found = administered(caller, communityId);
        if (found instanceof Outcome.Refused<Community> refused) {
            return refused.retype();
        }
        Community community = ((Outcome.Ok<Community>) found).value();
        Group group = state.groups.get(groupId);
        if (group == null || !community.linkedGroupIds.contains(group.id)) {
            // A linked group is the community's business; any other group must not betray its existence (R9).
            return state.visibleGroup(caller, groupId) == null
                    ? Outcome.refused(Reason.GROUP_NOT_FOUND)
                    : Outcome.refused(Reason.NOT_LINKED, "group is not linked to this community");
        }
        if (guard == UnlinkGuard.KEEP_LAST_GROUP && community.linkedGroupIds.size() == 1) {
            return Outcome.refused(Reason.LAST_LINKED_GROUP, "a community keeps at least one linked group");
        }
        state.event(WorldEvent.Type.GROUP_UNLINKED, group, List.of(), caller, WorldEvent.UNLINK);
        group.linkedParent = null;
        community.linkedGroupIds.remove(group.id);
        UnlinkPolicy policy = state.settings.unlinkPolicy();
        for (String phone : group.participants.keySet()) {
            community.uncountLinked(phone);
            boolean leaves = switch (policy) {
                case ORPHANS -> community.isOrphan(phone);
                case ALL -> !community.isAdmin(phone);
                case NONE -> false;
            };
            if (leaves) {
                state.leaveAnnouncement(community, phone, caller, WorldEvent.UNLINK);
            }
        }
        return Outcome.ok(Done.DONE);
    }

    /** A new group made inside the community: create then link, all or nothing (R3, R10). */
    Outcome<CreatedGroup> createLinkedGroup(String caller, String communityId, String subject,
                                            List<String> phones, GroupRules groups) {
        Outcome<Community> found = administered(caller, communityId);
        if (found instanceof Outcome.Refused<Community> refused) {
            return refused.retype();
        }
        Community community = ((Outcome.Ok<Community>) found).value();
        Outcome<GroupRules.Roster> roster = groups.plannedRoster(caller, subject, phones);
        if (roster instanceof Outcome.Refused<GroupRules.Roster> refused) {
            return refused.retype();
        }
        GroupRules.Roster planned = ((Outcome.Ok<GroupRules.Roster>) roster).value();
        if (community.linkedGroupIds.size() >= state.settings.maxLinkedGroups()) {
            return Outcome.refused(Reason.LINKED_GROUP_LIMIT, "linked group limit reached");
        }
        Set<String> everyone = new LinkedHashSet<>(planned.added());
        everyone.add(caller);
        long newcomers = everyone.stream().filter(phone -> !community.isMember(phone)).count();
        if (community.announcement.participants.size() + newcomers > state.settings.maxCommunityMembers()) {
            return Outcome.refused(Reason.COMMUNITY_MEMBER_LIMIT, "community member limit reached");
        }
        CreatedGroup created = groups.createPlanned(caller, subject, planned);
        link(caller, communityId, created.group().id());
        return Outcome.ok(new CreatedGroup(GroupView.of(state.groups.get(created.group().id())),
                created.unprocessed()));
    }

    /** R5: people added to the community itself are direct members of Y. */
    Outcome<BatchResult> addMembers(String caller, String communityId, List<String> phones) {
        Outcome<Community> found = administered(caller, communityId);
        if (found instanceof Outcome.Refused<Community> refused) {
            return refused.retype();
        }
        Community community = ((Outcome.Ok<Community>) found).value();
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
        return Outcome.ok(result.build());
    }

    /** R5: removal from the community takes a person out of Y and out of every linked group. */
    Outcome<BatchResult> removeMembers(String caller, String communityId, List<String> phones) {
        Outcome<Community> found = administered(caller, communityId);
        if (found instanceof Outcome.Refused<Community> refused) {
            return refused.retype();
        }
        Community community = ((Outcome.Ok<Community>) found).value();
        BatchResult.Builder result = new BatchResult.Builder();
        for (String phone : phones) {
            if (!community.isMember(phone)) {
                result.fail(phone, Reason.NOT_A_MEMBER);
            } else if (community.announcement.participants.get(phone) == Rank.CREATOR) {
                result.fail(phone, Reason.CREATOR_FIXED);
            } else {
                removeFromCommunity(community, phone, caller, WorldEvent.COMMUNITY_REMOVAL);
                result.ok(phone);
            }
        }
        return Outcome.ok(result.build());
    }

    void removeFromCommunity(Community community, String phone, String actor, String cause) {
        for (String groupId : community.linkedGroupIds) {
            state.removeFromGroup(state.groups.get(groupId), phone, actor, cause);
        }
        state.leaveAnnouncement(community, phone, actor, cause);
        if (community.parent.participants.remove(phone) != null) {
            state.event(WorldEvent.Type.PARTICIPANTS_REMOVED, community.parent, phone, actor, cause);
        }
        community.forgetCounts(phone);
    }

    /** R5: a community admin's rank lives in both P and Y (I5: P holds exactly the admins). */
    Outcome<BatchResult> promote(String caller, String communityId, List<String> phones) {
        Outcome<Community> found = administered(caller, communityId);
        if (found instanceof Outcome.Refused<Community> refused) {
            return refused.retype();
        }
        Community community = ((Outcome.Ok<Community>) found).value();
        BatchResult.Builder result = new BatchResult.Builder();
        for (String phone : phones) {
            if (!community.isMember(phone)) {
                result.fail(phone, Reason.NOT_A_MEMBER);
            } else {
                if (!community.isAdmin(phone)) {
                    community.announcement.participants.put(phone, Rank.ADMIN);
                    community.parent.participants.put(phone, Rank.ADMIN);
                    state.event(WorldEvent.Type.PARTICIPANTS_PROMOTED, community.announcement, phone, caller, null);
                    state.event(WorldEvent.Type.PARTICIPANTS_ADDED, community.parent, phone, caller, null);
                }
                result.ok(phone);
            }
        }
        return Outcome.ok(result.build());
    }

    Outcome<BatchResult> demote(String caller, String communityId, List<String> phones) {
        Outcome<Community> found = administered(caller, communityId);
        if (found instanceof Outcome.Refused<Community> refused) {
            return refused.retype();
        }
        Community community = ((Outcome.Ok<Community>) found).value();
        BatchResult.Builder result = new BatchResult.Builder();
        for (String phone : phones) {
            if (!community.isMember(phone)) {
                result.fail(phone, Reason.NOT_A_MEMBER);
            } else if (community.parent.participants.get(phone) == Rank.CREATOR) {
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
        return Outcome.ok(result.build());
    }

    Outcome<Done> setting(String caller, String communityId, CommunitySetting setting, boolean adminsOnly) {
        Outcome<Community> found = administered(caller, communityId);
        if (found instanceof Outcome.Refused<Community> refused) {
            return refused.retype();
        }
        Community community = ((Outcome.Ok<Community>) found).value();
        String policy = adminsOnly ? "admins" : "anyone";
        switch (setting) {
            case MODIFY_GROUPS -> community.whoCanAddGroups = policy;
            case MEMBER_ADD_MODE -> community.memberAddMode = policy;
        }
        state.event(WorldEvent.Type.SETTINGS_CHANGED, community.parent, List.of(), caller, null);
        return Outcome.ok(Done.DONE);
    }

    /** The community's description is P's, shown on Y too. */
    Outcome<Done> describe(String caller, String communityId, String description) {
        Outcome<Community> found = administered(caller, communityId);
        if (found instanceof Outcome.Refused<Community> refused) {
            return refused.retype();
        }
        Community community = ((Outcome.Ok<Community>) found).value();
        String problem = Texts.descriptionProblem("description", description);
        if (problem != null) {
            return Outcome.refused(Reason.INVALID_INPUT, problem);
        }
        community.parent.description = description;
        community.announcement.description = description;
        state.event(WorldEvent.Type.DESCRIPTION_CHANGED, community.parent, List.of(), caller, null);
        state.event(WorldEvent.Type.DESCRIPTION_CHANGED, community.announcement, List.of(), caller, null);
        return Outcome.ok(Done.DONE);
    }

    /** A new invite code for the community (P's), the old one stops working. */
    Outcome<String> revokeInvite(String caller, String communityId) {
        Outcome<Community> found = administered(caller, communityId);
        if (found instanceof Outcome.Refused<Community> refused) {
            return refused.retype();
        }
        Community community = ((Outcome.Ok<Community>) found).value();
        state.newInviteCode(community.parent);
        state.event(WorldEvent.Type.INVITE_REVOKED, community.parent, List.of(), caller, null);
        return Outcome.ok(community.parent.inviteCode);
    }

    /** A community member joins one of its linked groups (Whapi's join endpoint). */
    Outcome<Done> joinLinkedGroup(String caller, String communityId, String groupId) {
        Community community = state.visibleCommunity(caller, communityId);
        if (community == null) {
            return Outcome.refused(Reason.COMMUNITY_NOT_FOUND);
        }
        if (!community.linkedGroupIds.contains(groupId)) {
            return Outcome.refused(Reason.GROUP_NOT_FOUND);
        }
        Group group = state.groups.get(groupId);
        if (group.has(caller)) {
            return Outcome.ok(Done.DONE);
        }
        if (group.participants.size() >= state.settings.maxGroupSize()) {
            return Outcome.refused(Reason.GROUP_FULL, "group is full");
        }
        state.addToGroup(group, caller, Rank.MEMBER, caller, WorldEvent.JOINED);
        return Outcome.ok(Done.DONE);
    }

    /** The community the caller may manage: visible to them (R9), then theirs to administer. */
    private Outcome<Community> administered(String caller, String communityId) {
        Community community = state.visibleCommunity(caller, communityId);
        if (community == null) {
            return Outcome.refused(Reason.COMMUNITY_NOT_FOUND);
        }
        if (!community.isAdmin(caller)) {
            return Outcome.refused(Reason.NOT_ADMIN);
        }
        return Outcome.ok(community);
    }
}
