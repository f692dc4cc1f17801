package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** R1, R3, R4 and R8: everything done to a community as a whole. */
final class CommunityRules {
    private final WorldState state;
    private final NewGroups newGroups;

    CommunityRules(WorldState state, NewGroups newGroups) {
        this.state = state;
        this.newGroups = newGroups;
    }

    /** R1: the twin groups, same name; the community id is the parent's id. */
    Outcome<CommunityView> create(String caller, String name, String description) {
        InputProblem problem = Texts.infoProblem(name, true, description);
        if (problem != null) {
            return Outcome.invalid(problem);
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
        for (Group group : state.index.groupsOf(caller)) {
            if (group.kind == GroupKind.COMMUNITY_ANNOUNCEMENT) {
                visible.add(state.communityOf(group));
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
        return state.administered(caller, communityId).map(community -> {
            for (String groupId : community.linkedGroupIds) {
                Group group = state.groups.get(groupId);
                state.event(WorldEvent.Type.GROUP_UNLINKED, group, List.of(), caller, WorldEvent.DEACTIVATION);
                group.linkedParent = null;
            }
            state.event(WorldEvent.Type.COMMUNITY_DEACTIVATED, community.parent, List.of(), caller,
                    WorldEvent.DEACTIVATION);
            state.removeGroup(community.announcement, caller, WorldEvent.DEACTIVATION);
            state.removeGroup(community.parent, caller, WorldEvent.DEACTIVATION);
            state.communities.remove(community.id());
            return Done.DONE;
        });
    }

    /** R3, in the order rules.md lists its conditions. */
    Outcome<Done> link(String caller, String communityId, String groupId) {
        return state.administered(caller, communityId).flatMap(community -> {
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
            Outcome<Done> room = room(community, group.participants.phones());
            if (!room.isOk()) {
                return room;
            }
            group.linkedParent = community.id();
            community.linkedGroupIds.add(group.id);
            state.event(WorldEvent.Type.GROUP_LINKED, group, List.of(), caller, null);
            for (String phone : group.participants.phones()) {
                community.countLinked(phone);
                state.joinAnnouncement(community, phone, caller, WorldEvent.PROPAGATION);
            }
            return Outcome.ok(Done.DONE);
        });
    }

    /** R3's limits: one more linked group, and these people, fit in the community. */
    private Outcome<Done> room(Community community, Collection<String> participants) {
        if (community.linkedGroupIds.size() >= state.settings.maxLinkedGroups()) {
            return Outcome.refused(Reason.LINKED_GROUP_LIMIT, "linked group limit reached");
        }
        int newcomers = 0;
        for (String phone : participants) {
            if (!community.isMember(phone)) {
                newcomers++;
            }
        }
        if (community.announcement.participants.size() + newcomers > state.settings.maxCommunityMembers()) {
            return Outcome.refused(Reason.COMMUNITY_MEMBER_LIMIT, "community member limit reached");
        }
        return Outcome.ok(Done.DONE);
    }

    /** R4, with the unlink policy in force; Z-API adds its keep-the-last-group guard. */
    Outcome<Done> unlink(String caller, String communityId, String groupId, UnlinkGuard guard) {
        return state.administered(caller, communityId).flatMap(community -> {
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
            for (String phone : group.participants.phones()) {
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
        });
    }

    /** A new group made inside the community: create then link, all or nothing (R3, R10). */
    Outcome<CreatedGroup> createLinkedGroup(String caller, String communityId, String subject, List<String> phones) {
        return state.administered(caller, communityId).flatMap(community ->
                newGroups.plan(caller, subject, phones).flatMap(plan -> {
                    Set<String> everyone = new LinkedHashSet<>(plan.added());
                    everyone.add(caller);
                    Outcome<Done> room = room(community, everyone);
                    if (room instanceof Outcome.Refused<Done> refused) {
                        return refused.retype();
                    }
                    CreatedGroup created = newGroups.make(caller, subject, plan);
                    link(caller, communityId, created.group().id());
                    return Outcome.ok(new CreatedGroup(GroupView.of(state.groups.get(created.group().id())),
                            created.unprocessed()));
                }));
    }

    /** Community-level switches: stored and shown, they do not relax R3. */
    Outcome<Done> setting(String caller, String communityId, CommunitySetting setting, boolean adminsOnly) {
        return state.administered(caller, communityId).map(community -> {
            String policy = adminsOnly ? "admins" : "anyone";
            switch (setting) {
                case MODIFY_GROUPS -> community.whoCanAddGroups = policy;
                case MEMBER_ADD_MODE -> community.memberAddMode = policy;
            }
            state.event(WorldEvent.Type.SETTINGS_CHANGED, community.parent, List.of(), caller, null);
            return Done.DONE;
        });
    }

    /** The community's description is P's, shown on Y too. */
    Outcome<Done> describe(String caller, String communityId, String description) {
        return state.administered(caller, communityId).flatMap(community -> {
            InputProblem problem = Texts.infoProblem(null, false, description);
            if (problem != null) {
                return Outcome.invalid(problem);
            }
            community.parent.description = description;
            community.announcement.description = description;
            state.event(WorldEvent.Type.DESCRIPTION_CHANGED, community.parent, List.of(), caller, null);
            state.event(WorldEvent.Type.DESCRIPTION_CHANGED, community.announcement, List.of(), caller, null);
            return Outcome.ok(Done.DONE);
        });
    }

    /** A new invite code for the community (P's), the old one stops working. */
    Outcome<String> revokeInvite(String caller, String communityId) {
        return state.administered(caller, communityId).map(community -> {
            state.newInviteCode(community.parent);
            state.event(WorldEvent.Type.INVITE_REVOKED, community.parent, List.of(), caller, null);
            return community.parent.inviteCode;
        });
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
}
