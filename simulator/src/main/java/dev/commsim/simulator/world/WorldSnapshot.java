package dev.commsim.simulator.world;

import java.util.List;
import java.util.TreeSet;

/**
 * The whole world as plain values, both ways: what {@link World#snapshot()} takes and {@link World#load}
 * accepts after checking it against the rules. Parts a snapshot written by hand may leave out are null:
 * {@code settings} (keep the current ones), a group's {@code inviteCode} (drawn from the seed),
 * {@code subjectOwner}, {@code subjectAtMillis} and {@code lastActivityMillis}. A community whose twin
 * groups are not among {@code groups} is built from its {@code name}, {@code admins} (creator first),
 * linked groups and direct members.
 */
public record WorldSnapshot(
        WorldSettings settings,
        List<Channel> channels,
        List<GroupSnapshot> groups,
        List<CommunitySnapshot> communities,
        List<Message> messages) {

    public record GroupSnapshot(
            String id,
            GroupKind kind,
            String subject,
            String description,
            String creator,
            long createdAtMillis,
            String subjectOwner,
            Long subjectAtMillis,
            Long lastActivityMillis,
            String linkedParent,
            List<Participant> participants,
            boolean announcementsOnly,
            boolean restrictInfo,
            boolean adminsAdd,
            boolean approveParticipants,
            String inviteCode) {

        static GroupSnapshot of(Group group) {
            return new GroupSnapshot(group.id, group.kind, group.subject, group.description, group.creator,
                    group.createdAtMillis, group.subjectOwner, group.subjectAtMillis, group.lastActivityMillis,
                    group.linkedParent, group.participants.list(), group.announcementsOnly, group.restrictInfo,
                    group.adminsAdd, group.approveParticipants, group.inviteCode);
        }

        public boolean has(String phone) {
            return participants.stream().anyMatch(participant -> participant.phone().equals(phone));
        }
    }

    /** A community's own part beside its groups; {@code name} and {@code description} only when its twins are not among the groups. */
    public record CommunitySnapshot(
            String id,
            String name,
            String description,
            String announcementGroupId,
            List<String> admins,
            List<String> linkedGroups,
            List<String> directMembers,
            String whoCanAddGroups,
            String memberAddMode) {
    }

    /** Every account the world knows: the channels' and every participant's, in order. */
    public List<String> accounts() {
        TreeSet<String> accounts = new TreeSet<>();
        channels.forEach(channel -> accounts.add(channel.phone()));
        groups.forEach(group -> group.participants().forEach(participant -> accounts.add(participant.phone())));
        return List.copyOf(accounts);
    }
}
