package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the world holds, and the few primitives every rule goes through: visibility (R9) and
 * the participant changes that keep a community's counts and announcement group right (R3, R5).
 * Not thread-safe: the {@link World} facade holds the one lock.
 */
final class WorldState {
    final SimClock clock;
    WorldSettings settings;
    IdSource ids;
    final Map<String, Group> groups = new LinkedHashMap<>();
    final Map<String, Community> communities = new HashMap<>();
    final Map<String, String> groupIdByInviteCode = new HashMap<>();
    /** The groups of each participant, for reads that cost what the caller is in (R9 listings). */
    final ParticipantIndex index = new ParticipantIndex();
    final MessageLog messages = new MessageLog();
    /** For each phone, the people it has messaged and when, newest last. */
    final Map<String, Map<String, Long>> contactChats = new HashMap<>();
    final EventLog events = new EventLog();

    WorldState(WorldSettings settings, long seed, SimClock clock) {
        this.settings = settings;
        this.ids = new IdSource(seed);
        this.clock = clock;
    }

    void clear(long seed) {
        ids = new IdSource(seed);
        groups.clear();
        communities.clear();
        groupIdByInviteCode.clear();
        index.clear();
        messages.clear();
        contactChats.clear();
        events.drain();
    }

    /** Replaces everything with an accepted snapshot; its id source continues past the snapshot's ids. */
    void replace(SnapshotLoader.Loaded loaded) {
        clear(0);
        settings = loaded.settings();
        ids = loaded.ids();
        for (Group group : loaded.groups()) {
            groups.put(group.id, group);
            groupIdByInviteCode.put(group.inviteCode, group.id);
            group.participants.indexIn(index);
        }
        for (Community community : loaded.communities()) {
            communities.put(community.id(), community);
        }
        for (Message message : loaded.messages()) {
            messages.add(message);
            if (!message.toGroup()) {
                contactChats.computeIfAbsent(message.from(), phone -> new LinkedHashMap<>())
                        .put(message.chatId(), message.timestampMillis());
            }
        }
    }

    /** Rules.md convention of this simulator: numbers ending in 0000 are not on WhatsApp. */
    static boolean onWhatsApp(String phone) {
        return !phone.endsWith("0000");
    }

    /** A new group, registered under its invite code; the caller fills it and records its creation. */
    Group newGroup(GroupKind kind, String subject, String creator) {
        long now = clock.epochMillis();
        Group group = new Group(ids.groupId(), kind, subject, creator, now, ids.inviteCode());
        groups.put(group.id, group);
        groupIdByInviteCode.put(group.inviteCode, group.id);
        group.participants.indexIn(index);
        return group;
    }

    void newInviteCode(Group group) {
        groupIdByInviteCode.remove(group.inviteCode);
        group.inviteCode = ids.inviteCode();
        groupIdByInviteCode.put(group.inviteCode, group.id);
    }

    void removeGroup(Group group, String actor, String cause) {
        event(WorldEvent.Type.GROUP_REMOVED, group, List.of(), actor, cause);
        groups.remove(group.id);
        groupIdByInviteCode.remove(group.inviteCode);
        group.participants.unindex();
    }

    /** The community a group belongs to: its own for P and Y, the linking one for a linked group. */
    Community communityOf(Group group) {
        if (group.kind == GroupKind.COMMUNITY_PARENT) {
            return communities.get(group.id);
        }
        return group.linkedParent == null ? null : communities.get(group.linkedParent);
    }

    /** R9: a group is visible to its participants; P also to every member of its announcement group. */
    Group visibleGroup(String caller, String groupId) {
        Group group = groups.get(groupId);
        if (group == null) {
            return null;
        }
        if (group.has(caller)) {
            return group;
        }
        if (group.kind == GroupKind.COMMUNITY_PARENT) {
            Community community = communities.get(group.id);
            if (community != null && community.isMember(caller)) {
                return group;
            }
        }
        return null;
    }

    /** A group as {@link #visibleGroup}, except a community's parent where the dialect reaches it only as a community. */
    Group visibleGroup(String caller, String groupId, ParentReach reach) {
        Group group = visibleGroup(caller, groupId);
        return group != null && reach == ParentReach.COMMUNITY_ONLY && group.kind == GroupKind.COMMUNITY_PARENT
                ? null : group;
    }

    /** R9: every member of the announcement group may read the community. */
    Community visibleCommunity(String caller, String communityId) {
        Community community = communities.get(communityId);
        return community != null && community.isMember(caller) ? community : null;
    }

    /** The community the caller may manage: visible to them (R9), then theirs to administer. */
    Outcome<Community> administered(String caller, String communityId) {
        Community community = visibleCommunity(caller, communityId);
        if (community == null) {
            return Outcome.refused(Reason.COMMUNITY_NOT_FOUND);
        }
        if (!community.isAdmin(caller)) {
            return Outcome.refused(Reason.NOT_ADMIN);
        }
        return Outcome.ok(community);
    }

    /** Records what a command changed in a group (see {@link WorldEvent}). */
    void event(WorldEvent.Type type, Group group, List<String> phones, String actor, String cause) {
        events.add(new WorldEvent(type, group.id, communityIdOf(group), List.copyOf(phones), actor, cause, null,
                clock.epochMillis()));
    }

    void event(WorldEvent.Type type, Group group, String phone, String actor, String cause) {
        event(type, group, List.of(phone), actor, cause);
    }

    /** The community a group shows: P's id for P, Y and linked groups, else null. */
    static String communityIdOf(Group group) {
        return group.kind == GroupKind.COMMUNITY_PARENT ? group.id : group.linkedParent;
    }

    /**
     * Puts a person into a group. In a linked group they are counted and join the announcement
     * group too (R3, R5); the caller has already checked every limit.
     */
    void addToGroup(Group group, String phone, Rank rank, String actor, String cause) {
        group.participants.put(phone, rank);
        event(WorldEvent.Type.PARTICIPANTS_ADDED, group, phone, actor, cause);
        if (group.kind == GroupKind.ORDINARY && group.linkedParent != null) {
            Community community = communities.get(group.linkedParent);
            community.countLinked(phone);
            joinAnnouncement(community, phone, actor, WorldEvent.PROPAGATION);
        }
    }

    /** Brings a person into a community's announcement group unless they are there already. */
    void joinAnnouncement(Community community, String phone, String actor, String cause) {
        if (community.announcement.participants.putIfAbsent(phone, Rank.MEMBER) == null) {
            event(WorldEvent.Type.PARTICIPANTS_ADDED, community.announcement, phone, actor, cause);
        }
    }

    void leaveAnnouncement(Community community, String phone, String actor, String cause) {
        if (community.announcement.participants.remove(phone) != null) {
            event(WorldEvent.Type.PARTICIPANTS_REMOVED, community.announcement, phone, actor, cause);
        }
        community.directMembers.remove(phone);
    }

    /** Takes a person out of one group; leaving a linked group keeps them in the community (R5). */
    void removeFromGroup(Group group, String phone, String actor, String cause) {
        if (group.participants.remove(phone) == null) {
            return;
        }
        event(WorldEvent.Type.PARTICIPANTS_REMOVED, group, phone, actor, cause);
        if (group.kind == GroupKind.ORDINARY && group.linkedParent != null) {
            communities.get(group.linkedParent).uncountLinked(phone);
        }
        promoteSuccessorIfNoAdmin(group);
    }

    /** R5: out of the community: out of every linked group, the announcement group and the parent. */
    void removeFromCommunity(Community community, String phone, String actor, String cause) {
        for (String groupId : community.linkedGroupIds) {
            removeFromGroup(groups.get(groupId), phone, actor, cause);
        }
        leaveAnnouncement(community, phone, actor, cause);
        if (community.parent.participants.remove(phone) != null) {
            event(WorldEvent.Type.PARTICIPANTS_REMOVED, community.parent, phone, actor, cause);
        }
        community.forgetCounts(phone);
    }

    /** WhatsApp keeps a group administrable: when its last admin goes, the longest-standing member is promoted. */
    private void promoteSuccessorIfNoAdmin(Group group) {
        if (group.kind == GroupKind.ORDINARY && !group.participants.isEmpty() && !group.participants.anyAdmin()) {
            String successor = group.participants.first();
            group.participants.put(successor, Rank.ADMIN);
            event(WorldEvent.Type.PARTICIPANTS_PROMOTED, group, successor, null, WorldEvent.SUCCESSION);
        }
    }

    /** Adding one person to a linked group would push the community past its member limit. */
    boolean wouldOverfillCommunity(Group group, String phone) {
        Community community = communityOf(group);
        return group.kind == GroupKind.ORDINARY && community != null
                && !community.isMember(phone)
                && community.announcement.participants.size() >= settings.maxCommunityMembers();
    }

    List<GroupView> linkedGroupViews(Community community) {
        List<GroupView> views = new ArrayList<>(community.linkedGroupIds.size());
        for (String id : community.linkedGroupIds) {
            views.add(GroupView.of(groups.get(id)));
        }
        return views;
    }

    CommunityView view(Community community) {
        return CommunityView.of(community, linkedGroupViews(community));
    }

    void touch(Group group) {
        group.lastActivityMillis = clock.epochMillis();
    }
}
