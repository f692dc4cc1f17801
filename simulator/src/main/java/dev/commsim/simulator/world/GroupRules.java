package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * R10 and R5 (group side): ordinary group operations. On a community's announcement group the
 * participant operations act on the community itself; the parent's participants are the community
 * admins and change only through the community operations.
 */
final class GroupRules {
    private final WorldState state;
    private final NewGroups newGroups;
    private final CommunityMemberRules members;

    GroupRules(WorldState state, NewGroups newGroups, CommunityMemberRules members) {
        this.state = state;
        this.newGroups = newGroups;
        this.members = members;
    }

    Outcome<CreatedGroup> create(String caller, String subject, List<String> phones) {
        return newGroups.plan(caller, subject, phones).map(plan -> newGroups.make(caller, subject, plan));
    }

    /** R9 and R2: every group holding the caller, newest activity first; the parents as the dialect reaches them. */
    List<GroupView> list(String caller, ParentReach reach) {
        List<Group> mine = new ArrayList<>();
        for (Group group : state.index.groupsOf(caller)) {
            if (reach == ParentReach.AS_GROUP || group.kind != GroupKind.COMMUNITY_PARENT) {
                mine.add(group);
            }
        }
        mine.sort(Comparator.comparingLong((Group g) -> g.lastActivityMillis)
                .thenComparingLong(g -> g.createdAtMillis)
                .thenComparing(g -> g.id).reversed());
        return mine.stream().map(GroupView::of).toList();
    }

    Outcome<GroupView> get(String caller, String groupId, ParentReach reach) {
        return visible(caller, groupId, reach).map(GroupView::of);
    }

    /** R10: subject and description; admins only when restrictInfo. The twins share both (R1). */
    Outcome<Done> updateInfo(String caller, String groupId, String subject, String description, ParentReach reach) {
        return visible(caller, groupId, reach).flatMap(group -> {
            if (group.restrictInfo && !group.isAdmin(caller)) {
                return Outcome.refused(Reason.NOT_ADMIN);
            }
            InputProblem problem = Texts.infoProblem(subject, false, description);
            if (problem != null) {
                return Outcome.invalid(problem);
            }
            for (Group target : twinsOf(group)) {
                if (subject != null) {
                    target.subject = subject;
                    target.subjectOwner = caller;
                    target.subjectAtMillis = state.clock.epochMillis();
                    state.event(WorldEvent.Type.SUBJECT_CHANGED, target, List.of(), caller, null);
                }
                if (description != null) {
                    target.description = description;
                    state.event(WorldEvent.Type.DESCRIPTION_CHANGED, target, List.of(), caller, null);
                }
            }
            return Outcome.ok(Done.DONE);
        });
    }

    /**
     * R10: admin-only switches, all applied or none; the announcement and add modes of P and Y are fixed,
     * so asking to change either refuses the whole request.
     */
    Outcome<Done> settings(String caller, String groupId, Map<GroupSetting, Boolean> changes, ParentReach reach) {
        return visible(caller, groupId, reach).flatMap(group -> {
            if (!group.isAdmin(caller)) {
                return Outcome.refused(Reason.NOT_ADMIN);
            }
            for (Map.Entry<GroupSetting, Boolean> change : changes.entrySet()) {
                boolean fixed = group.kind != GroupKind.ORDINARY && (change.getKey() == GroupSetting.ANNOUNCEMENTS_ONLY
                        || change.getKey() == GroupSetting.ADMINS_ADD);
                if (fixed && current(group, change.getKey()) != change.getValue()) {
                    return Outcome.refused(Reason.ANNOUNCEMENT_MODE_FIXED,
                            "announcement mode of a community group is fixed");
                }
            }
            changes.forEach((setting, adminsOnly) -> {
                switch (setting) {
                    case ANNOUNCEMENTS_ONLY -> group.announcementsOnly = adminsOnly;
                    case RESTRICT_INFO -> group.restrictInfo = adminsOnly;
                    case ADMINS_ADD -> group.adminsAdd = adminsOnly;
                    case APPROVE_PARTICIPANTS -> group.approveParticipants = adminsOnly;
                }
                state.event(WorldEvent.Type.SETTINGS_CHANGED, group, List.of(), caller, null);
            });
            return Outcome.ok(Done.DONE);
        });
    }

    private static boolean current(Group group, GroupSetting setting) {
        return switch (setting) {
            case ANNOUNCEMENTS_ONLY -> group.announcementsOnly;
            case RESTRICT_INFO -> group.restrictInfo;
            case ADMINS_ADD -> group.adminsAdd;
            case APPROVE_PARTICIPANTS -> group.approveParticipants;
        };
    }

    /** R10 leave; R5: leaving a linked group keeps the person in the community; leaving Y leaves the community. */
    Outcome<Done> leave(String caller, String groupId, ParentReach reach) {
        Group group = state.groups.get(groupId);
        boolean reached = group != null && group.has(caller)
                && (reach == ParentReach.AS_GROUP || group.kind != GroupKind.COMMUNITY_PARENT);
        if (!reached) {
            return Outcome.refused(Reason.GROUP_NOT_FOUND);
        }
        switch (group.kind) {
            case COMMUNITY_PARENT -> {
                return Outcome.refused(Reason.PARENT_GROUP, "leave the community through its announcement group");
            }
            case COMMUNITY_ANNOUNCEMENT -> {
                if (group.participants.rankOf(caller) == Rank.CREATOR) {
                    return Outcome.refused(Reason.CREATOR_FIXED, "the community creator cannot leave; deactivate it");
                }
                state.removeFromCommunity(state.communityOf(group), caller, caller, WorldEvent.LEFT);
            }
            case ORDINARY -> state.removeFromGroup(group, caller, caller, WorldEvent.LEFT);
        }
        return Outcome.ok(Done.DONE);
    }

    Outcome<String> inviteCode(String caller, String groupId, ParentReach reach) {
        return administered(caller, groupId, reach).map(group -> group.inviteCode);
    }

    Outcome<String> revokeInvite(String caller, String groupId, ParentReach reach) {
        return administered(caller, groupId, reach).map(group -> {
            state.newInviteCode(group);
            state.event(WorldEvent.Type.INVITE_REVOKED, group, List.of(), caller, null);
            return group.inviteCode;
        });
    }

    /**
     * R10 join by invite code. A code of P or Y is the community's invite: the caller becomes a
     * direct member of Y. A linked group's code also brings the caller into the community (R5).
     */
    Outcome<GroupView> joinByInvite(String caller, String code) {
        String groupId = state.groupIdByInviteCode.get(code);
        if (groupId == null) {
            return Outcome.refused(Reason.INVITE_NOT_FOUND);
        }
        Group group = state.groups.get(groupId);
        if (group.kind != GroupKind.ORDINARY) {
            Community community = state.communityOf(group);
            if (!community.isMember(caller)) {
                if (community.announcement.participants.size() >= state.settings.maxCommunityMembers()) {
                    return Outcome.refused(Reason.COMMUNITY_FULL, "community is full");
                }
                state.joinAnnouncement(community, caller, caller, WorldEvent.INVITE);
                community.directMembers.add(caller);
            }
            return Outcome.ok(GroupView.of(community.announcement));
        }
        if (group.has(caller)) {
            return Outcome.ok(GroupView.of(group));
        }
        if (group.participants.size() >= state.settings.maxGroupSize()) {
            return Outcome.refused(Reason.GROUP_FULL, "group is full");
        }
        if (state.wouldOverfillCommunity(group, caller)) {
            return Outcome.refused(Reason.COMMUNITY_FULL, "community is full");
        }
        state.addToGroup(group, caller, Rank.MEMBER, caller, WorldEvent.INVITE);
        return Outcome.ok(GroupView.of(group));
    }

    /** R10 add, judged per number (R6); on Y it adds direct community members. */
    Outcome<BatchResult> add(String caller, String groupId, List<String> phones, ParentReach reach) {
        return visible(caller, groupId, reach).flatMap(group -> {
            if (group.kind != GroupKind.ORDINARY) {
                return onCommunity(group, () -> members.add(caller, group.linkedParent, phones));
            }
            if (!group.isAdmin(caller)) {
                return Outcome.refused(Reason.NOT_ADMIN);
            }
            BatchResult.Builder result = new BatchResult.Builder();
            for (String phone : phones) {
                if (group.has(phone)) {
                    result.fail(phone, Reason.ALREADY_MEMBER);
                } else if (!WorldState.onWhatsApp(phone)) {
                    result.fail(phone, Reason.NOT_ON_WHATSAPP);
                } else if (group.participants.size() >= state.settings.maxGroupSize()) {
                    result.fail(phone, Reason.GROUP_FULL);
                } else if (state.wouldOverfillCommunity(group, phone)) {
                    result.fail(phone, Reason.COMMUNITY_FULL);
                } else {
                    state.addToGroup(group, phone, Rank.MEMBER, caller, WorldEvent.DIRECT);
                    result.ok(phone);
                }
            }
            return Outcome.ok(result.build());
        });
    }

    /** R10 remove; R5: removal from a linked group keeps the person in Y; on Y it removes from the community. */
    Outcome<BatchResult> remove(String caller, String groupId, List<String> phones, ParentReach reach) {
        return visible(caller, groupId, reach).flatMap(group -> {
            if (group.kind != GroupKind.ORDINARY) {
                return onCommunity(group, () -> members.remove(caller, group.linkedParent, phones));
            }
            if (!group.isAdmin(caller)) {
                return Outcome.refused(Reason.NOT_ADMIN);
            }
            BatchResult.Builder result = new BatchResult.Builder();
            for (String phone : phones) {
                if (!group.has(phone)) {
                    result.fail(phone, Reason.NOT_A_MEMBER);
                } else if (group.participants.rankOf(phone) == Rank.CREATOR) {
                    result.fail(phone, Reason.CREATOR_FIXED);
                } else {
                    state.removeFromGroup(group, phone, caller, WorldEvent.REMOVED);
                    result.ok(phone);
                }
            }
            return Outcome.ok(result.build());
        });
    }

    /** Participant changes on Y act on the community itself; P's participants are only the community's admins. */
    private static Outcome<BatchResult> onCommunity(Group group, Supplier<Outcome<BatchResult>> act) {
        if (group.kind == GroupKind.COMMUNITY_PARENT) {
            return Outcome.refused(Reason.PARENT_GROUP, "use the community participant endpoints");
        }
        return act.get();
    }

    Outcome<BatchResult> promote(String caller, String groupId, List<String> phones, BatchMode mode,
                                 ParentReach reach) {
        return changeRanks(caller, groupId, phones, mode, true, reach);
    }

    Outcome<BatchResult> demote(String caller, String groupId, List<String> phones, BatchMode mode,
                                ParentReach reach) {
        return changeRanks(caller, groupId, phones, mode, false, reach);
    }

    private Outcome<BatchResult> changeRanks(String caller, String groupId, List<String> phones,
                                             BatchMode mode, boolean promote, ParentReach reach) {
        return visible(caller, groupId, reach).flatMap(group -> {
            if (group.kind == GroupKind.COMMUNITY_PARENT) {
                return Outcome.refused(Reason.PARENT_GROUP, "use the community admin endpoints");
            }
            boolean announcement = group.kind == GroupKind.COMMUNITY_ANNOUNCEMENT;
            boolean callerIsAdmin = announcement ? state.communityOf(group).isAdmin(caller) : group.isAdmin(caller);
            if (!callerIsAdmin) {
                return Outcome.refused(Reason.NOT_ADMIN);
            }
            if (mode == BatchMode.ALL_OR_NOTHING) {
                Outcome.Refused<BatchResult> refusal = firstRankRefusal(group, phones, promote);
                if (refusal != null) {
                    return refusal;
                }
            }
            if (announcement) {
                return promote ? members.promote(caller, group.linkedParent, phones)
                        : members.demote(caller, group.linkedParent, phones);
            }
            BatchResult.Builder result = new BatchResult.Builder();
            for (String phone : phones) {
                Rank rank = group.participants.rankOf(phone);
                if (rank == null) {
                    result.fail(phone, Reason.NOT_A_MEMBER);
                } else if (!promote && rank == Rank.CREATOR) {
                    result.fail(phone, Reason.CREATOR_FIXED);
                } else {
                    Rank target = promote ? Rank.ADMIN : Rank.MEMBER;
                    if (rank != Rank.CREATOR && rank != target) {
                        group.participants.put(phone, target);
                        state.event(promote ? WorldEvent.Type.PARTICIPANTS_PROMOTED
                                : WorldEvent.Type.PARTICIPANTS_DEMOTED, group, phone, caller, null);
                    }
                    result.ok(phone);
                }
            }
            return Outcome.ok(result.build());
        });
    }

    /** For an all-or-nothing batch: the refusal the first bad number earns, or null when all are fine. */
    private static Outcome.Refused<BatchResult> firstRankRefusal(Group group, List<String> phones, boolean promote) {
        for (String phone : phones) {
            Rank rank = group.participants.rankOf(phone);
            if (rank == null) {
                return new Outcome.Refused<>(Reason.PARTICIPANT_NOT_FOUND, "not a participant: " + phone);
            }
            if (!promote && rank == Rank.CREATOR) {
                return new Outcome.Refused<>(Reason.CREATOR_FIXED, "the creator cannot be demoted");
            }
        }
        return null;
    }

    /** A group the caller can see (R9: P too, for members of Y), as far as the dialect reaches. */
    private Outcome<Group> visible(String caller, String groupId, ParentReach reach) {
        Group group = state.visibleGroup(caller, groupId, reach);
        return group == null ? Outcome.refused(Reason.GROUP_NOT_FOUND) : Outcome.ok(group);
    }

    /** A visible group the caller administers. */
    private Outcome<Group> administered(String caller, String groupId, ParentReach reach) {
        return visible(caller, groupId, reach).flatMap(group ->
                group.isAdmin(caller) ? Outcome.ok(group) : Outcome.refused(Reason.NOT_ADMIN));
    }

    /** The group itself, or both twins when it is one of a community's own groups. */
    private List<Group> twinsOf(Group group) {
        Community community = group.kind == GroupKind.ORDINARY ? null : state.communityOf(group);
        return community == null ? List.of(group) : List.of(community.parent, community.announcement);
    }
}
