package dev.commsim.simulator.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a {@link WorldSnapshot} into world state, or refuses it with the first broken rule: the
 * structure (ids, kinds, references) and the invariants I1-I5 under the settings that will be in
 * force. Nothing is touched until the whole snapshot is accepted.
 */
final class SnapshotLoader {
    private static final Pattern GROUP_ID = Pattern.compile("^120363\\d{12}$");
    private static final Pattern PHONE = Pattern.compile("^\\d{7,15}$");
    private static final Pattern INVITE = Pattern.compile("^[A-Za-z0-9]{14,22}$");

    /** A validated snapshot, ready to replace the world's content. */
    record Loaded(WorldSettings settings, IdSource ids, List<Group> groups, List<Community> communities,
                  List<Channel> channels, List<Message> messages) {
    }

    private final WorldState state;
    private final long seed;

    SnapshotLoader(WorldState state, long seed) {
        this.state = state;
        this.seed = seed;
    }

    Outcome<Loaded> check(WorldSnapshot snapshot) {
        try {
            return Outcome.ok(build(snapshot));
        } catch (Broken broken) {
            return Outcome.refused(Reason.INVALID_INPUT, broken.getMessage());
        }
    }

    /** A broken rule found while building; never leaves this class. */
    private static final class Broken extends Exception {
        Broken(String message) {
            super(message, null, false, false);
        }
    }

    private Loaded build(WorldSnapshot snapshot) throws Broken {
        WorldSettings settings = snapshot.settings() == null ? state.settings : snapshot.settings();
        IdSource ids = new IdSource(seed);
        Map<String, Group> groups = new LinkedHashMap<>();
        Set<String> inviteCodes = new HashSet<>();
        for (WorldSnapshot.GroupSnapshot g : snapshot.groups()) {
            Group group = group(g, ids);
            if (groups.put(group.id, group) != null) {
                throw new Broken("group " + group.id + " appears twice");
            }
            if (!inviteCodes.add(group.inviteCode)) {
                throw new Broken("invite code " + group.inviteCode + " is used twice");
            }
            ids.reserveGroupId(group.id);
        }
        for (WorldSnapshot.CommunitySnapshot c : snapshot.communities()) {
            ids.reserveGroupId(c.id());
            if (c.announcementGroupId() != null) {
                ids.reserveGroupId(c.announcementGroupId());
            }
        }
        List<Community> communities = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        for (WorldSnapshot.CommunitySnapshot c : snapshot.communities()) {
            Community community = community(c, groups, ids, inviteCodes);
            for (String linked : community.linkedGroupIds) {
                if (!claimed.add(linked)) {
                    throw new Broken("I2: group " + linked + " is linked to two communities");
                }
            }
            communities.add(community);
        }
        Set<String> twins = new HashSet<>();
        communities.forEach(c -> {
            twins.add(c.parent.id);
            twins.add(c.announcement.id);
        });
        for (Group group : groups.values()) {
            if (group.kind != GroupKind.ORDINARY && !twins.contains(group.id)) {
                throw new Broken("group " + group.id + " is a " + group.kind + " of no community");
            }
            if (group.kind == GroupKind.ORDINARY && group.linkedParent != null && !claimed.contains(group.id)) {
                throw new Broken("group " + group.id + " names linkedParent " + group.linkedParent
                        + " but that community does not list it");
            }
        }
        for (Community community : communities) {
            invariants(community, groups, settings);
        }
        for (Group group : groups.values()) {
            if (group.kind == GroupKind.ORDINARY && group.participants.size() > settings.maxGroupSize()) {
                throw new Broken("I4: group " + group.id + " has " + group.participants.size()
                        + " participants, over maxGroupSize " + settings.maxGroupSize());
            }
        }
        List<Channel> channels = new ArrayList<>();
        for (Channel channel : snapshot.channels()) {
            phone(channel.phone(), "channel phone");
            channels.add(new Channel(channel.dialect(), channel.credential(), channel.phone(), channel.clientToken(), true));
        }
        return new Loaded(settings, ids, new ArrayList<>(groups.values()), communities, channels,
                List.copyOf(snapshot.messages()));
    }

    private Group group(WorldSnapshot.GroupSnapshot g, IdSource ids) throws Broken {
        if (g.id() == null || !GROUP_ID.matcher(g.id()).matches()) {
            throw new Broken("group id " + g.id() + " must be 18 digits starting 120363");
        }
        String where = "group " + g.id();
        InputProblem problem = Texts.infoProblem(g.subject(), true, g.description());
        if (problem != null) {
            throw new Broken(where + " " + problem.text());
        }
        if (g.kind() == null) {
            throw new Broken(where + " needs a kind");
        }
        phone(g.creator(), where + " creator");
        String code = g.inviteCode() == null ? ids.inviteCode() : g.inviteCode();
        if (!INVITE.matcher(code).matches()) {
            throw new Broken(where + " invite code must be 14-22 letters and digits");
        }
        Group group = new Group(g.id(), g.kind(), g.subject(), g.creator(), g.createdAtMillis(), code);
        group.description = g.description() == null ? "" : g.description();
        group.subjectOwner = g.subjectOwner() == null ? g.creator() : g.subjectOwner();
        group.subjectAtMillis = g.subjectAtMillis() == null ? g.createdAtMillis() : g.subjectAtMillis();
        group.lastActivityMillis = g.lastActivityMillis() == null ? g.createdAtMillis() : g.lastActivityMillis();
        group.linkedParent = g.linkedParent();
        group.announcementsOnly = g.announcementsOnly();
        group.restrictInfo = g.restrictInfo();
        group.adminsAdd = g.adminsAdd();
        group.approveParticipants = g.approveParticipants();
        int creators = 0;
        for (Participant participant : g.participants()) {
            phone(participant.phone(), where + " participant");
            if (participant.rank() == null) {
                throw new Broken(where + " participant " + participant.phone() + " needs a rank");
            }
            if (group.participants.put(participant.phone(), participant.rank()) != null) {
                throw new Broken(where + " lists " + participant.phone() + " twice");
            }
            creators += participant.rank() == Rank.CREATOR ? 1 : 0;
        }
        if (creators > 1) {
            throw new Broken(where + " has more than one creator");
        }
        return group;
    }

    private Community community(WorldSnapshot.CommunitySnapshot c, Map<String, Group> groups, IdSource ids,
                                Set<String> inviteCodes) throws Broken {
        if (c.id() == null || !GROUP_ID.matcher(c.id()).matches()) {
            throw new Broken("community id " + c.id() + " must be 18 digits starting 120363");
        }
        String where = "community " + c.id();
        Group parent = groups.get(c.id());
        Group announcement;
        if (parent == null) {
            announcement = twins(c, groups, ids, inviteCodes);
            parent = groups.get(c.id());
        } else {
            announcement = c.announcementGroupId() == null ? null : groups.get(c.announcementGroupId());
            if (announcement == null) {
                throw new Broken(where + ": announcement group " + c.announcementGroupId() + " is not among the groups");
            }
        }
        if (parent.kind != GroupKind.COMMUNITY_PARENT) {
            throw new Broken(where + ": group " + parent.id + " must be COMMUNITY_PARENT");
        }
        if (announcement.kind != GroupKind.COMMUNITY_ANNOUNCEMENT) {
            throw new Broken(where + ": group " + announcement.id + " must be COMMUNITY_ANNOUNCEMENT");
        }
        Community community = new Community(parent, announcement);
        community.whoCanAddGroups = policy(c.whoCanAddGroups(), where);
        community.memberAddMode = policy(c.memberAddMode(), where);
        for (String linkedId : c.linkedGroups()) {
            Group linked = groups.get(linkedId);
            if (linked == null) {
                throw new Broken(where + ": linked group " + linkedId + " is not among the groups");
            }
            if (linked.kind != GroupKind.ORDINARY) {
                throw new Broken("I2: " + where + " links " + linkedId + ", which is not an ordinary group");
            }
            if (linked.linkedParent != null && !linked.linkedParent.equals(c.id())) {
                throw new Broken("I2: group " + linkedId + " has linkedParent " + linked.linkedParent
                        + " but is linked to " + c.id());
            }
            linked.linkedParent = c.id();
            community.linkedGroupIds.add(linkedId);
            linked.participants.phones().forEach(community::countLinked);
        }
        for (String member : c.directMembers()) {
            phone(member, where + " direct member");
            if (!announcement.has(member)) {
                throw new Broken(where + ": direct member " + member + " is not in the announcement group");
            }
            community.directMembers.add(member);
        }
        return community;
    }

    /** Builds P and Y of a community described by name and admins: Y holds admins, linked participants, direct members. */
    private Group twins(WorldSnapshot.CommunitySnapshot c, Map<String, Group> groups, IdSource ids, Set<String> inviteCodes)
            throws Broken {
        String where = "community " + c.id();
        String problem = Texts.subjectProblem(c.name());
        if (problem != null) {
            throw new Broken(where + " name " + problem + " (or list its parent group among the groups)");
        }
        if (c.admins() == null || c.admins().isEmpty()) {
            throw new Broken(where + " needs admins, its creator first");
        }
        String creator = c.admins().get(0);
        long now = state.clock.epochMillis();
        String announcementId = c.announcementGroupId() == null ? ids.groupId() : c.announcementGroupId();
        if (groups.containsKey(announcementId)) {
            throw new Broken(where + ": announcement group " + announcementId + " is already a group");
        }
        Group parent = new Group(c.id(), GroupKind.COMMUNITY_PARENT, c.name(), creator, now, unusedCode(ids, inviteCodes));
        Group announcement = new Group(announcementId, GroupKind.COMMUNITY_ANNOUNCEMENT, c.name(), creator, now,
                unusedCode(ids, inviteCodes));
        String description = c.description() == null ? "" : c.description();
        problem = Texts.descriptionProblem(description);
        if (problem != null) {
            throw new Broken(where + " description " + problem);
        }
        for (Group twin : List.of(parent, announcement)) {
            twin.description = description;
            twin.restrictInfo = true;
            twin.adminsAdd = true;
        }
        announcement.announcementsOnly = true;
        announcement.linkedParent = parent.id;
        for (String admin : c.admins()) {
            phone(admin, where + " admin");
            Rank rank = admin.equals(creator) ? Rank.CREATOR : Rank.ADMIN;
            parent.participants.put(admin, rank);
            announcement.participants.put(admin, rank);
        }
        Set<String> members = new LinkedHashSet<>();
        for (String linkedId : c.linkedGroups()) {
            Group linked = groups.get(linkedId);
            if (linked != null) {
                members.addAll(linked.participants.phones());
            }
        }
        members.addAll(c.directMembers());
        for (String member : members) {
            announcement.participants.putIfAbsent(member, Rank.MEMBER);
        }
        groups.put(parent.id, parent);
        groups.put(announcement.id, announcement);
        return announcement;
    }

    private static String unusedCode(IdSource ids, Set<String> inviteCodes) {
        String code = ids.inviteCode();
        while (!inviteCodes.add(code)) {
            code = ids.inviteCode();
        }
        return code;
    }

    private static void invariants(Community community, Map<String, Group> groups, WorldSettings settings)
            throws Broken {
        String where = "community " + community.id();
        Group parent = community.parent;
        Group announcement = community.announcement;
        if (!parent.id.equals(announcement.linkedParent) || !announcement.announcementsOnly
                || !announcement.subject.equals(parent.subject)) {
            throw new Broken("I1: " + where + ": its announcement group must have linkedParent " + parent.id
                    + ", announcementsOnly true and the community's name");
        }
        if (community.linkedGroupIds.size() > settings.maxLinkedGroups()) {
            throw new Broken("I2: " + where + " links " + community.linkedGroupIds.size()
                    + " groups, over maxLinkedGroups " + settings.maxLinkedGroups());
        }
        if (announcement.participants.size() > settings.maxCommunityMembers()) {
            throw new Broken("I4: " + where + " has " + announcement.participants.size()
                    + " members, over maxCommunityMembers " + settings.maxCommunityMembers());
        }
        for (Participant admin : parent.participants.list()) {
            if (!admin.rank().isAdmin()) {
                throw new Broken("I5: " + where + ": its parent group holds " + admin.phone() + " as a member");
            }
            Rank inY = announcement.participants.rankOf(admin.phone());
            if (inY == null || !inY.isAdmin()) {
                throw new Broken("I5: " + where + ": admin " + admin.phone() + " must be an admin of the announcement group");
            }
        }
        for (Participant member : announcement.participants.list()) {
            if (member.rank().isAdmin() && !parent.has(member.phone())) {
                throw new Broken("I5: " + where + ": " + member.phone()
                        + " is an admin of the announcement group but not of the parent");
            }
        }
        if (settings.unlinkPolicy() != UnlinkPolicy.ALL) {
            for (String linkedId : community.linkedGroupIds) {
                for (String phone : groups.get(linkedId).participants.phones()) {
                    if (!announcement.has(phone)) {
                        throw new Broken("I3: " + where + ": " + phone + " of linked group " + linkedId
                                + " is not in the announcement group");
                    }
                }
            }
        }
    }

    private static String policy(String value, String where) throws Broken {
        if (value == null) {
            return "admins";
        }
        if (!value.equals("admins") && !value.equals("anyone")) {
            throw new Broken(where + ": community policies are \"admins\" or \"anyone\"");
        }
        return value;
    }

    private static void phone(String phone, String what) throws Broken {
        if (phone == null || !PHONE.matcher(phone).matches()) {
            throw new Broken(what + " " + phone + " must be 7-15 digits");
        }
    }
}
