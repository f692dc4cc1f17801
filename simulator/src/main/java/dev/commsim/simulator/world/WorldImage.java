package dev.commsim.simulator.world;

import java.util.List;

/**
 * A world described from outside (a snapshot or a scenario), before the rules accept it. Optional
 * parts are null: {@code settings} (keep the current ones), a group's {@code inviteCode} (drawn from
 * the seed), {@code subjectOwner}, {@code subjectAtMillis} and {@code lastActivityMillis}.
 * A community whose twin groups are not among {@code groups} is built from its {@code name},
 * {@code admins} (creator first), linked groups and direct members.
 */
public record WorldImage(
        WorldSettings settings,
        List<Channel> channels,
        List<GroupImage> groups,
        List<CommunityImage> communities,
        List<Message> messages) {

    public record GroupImage(
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
    }

    public record CommunityImage(
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
}
