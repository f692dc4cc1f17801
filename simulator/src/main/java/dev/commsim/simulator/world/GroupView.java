package dev.commsim.simulator.world;

/**
 * An immutable copy of a group, taken under the world's lock, that dialects render. {@code communityId}
 * is the parent's id for a community's own groups and for linked groups, otherwise null.
 */
public record GroupView(
        String id,
        GroupKind kind,
        String subject,
        String description,
        String creator,
        long createdAtMillis,
        String subjectOwner,
        long subjectAtMillis,
        ParticipantList participants,
        boolean announcementsOnly,
        boolean restrictInfo,
        boolean adminsAdd,
        boolean approveParticipants,
        String inviteCode,
        String linkedParent,
        String communityId,
        long lastActivityMillis) {

    static GroupView of(Group group) {
        ParticipantList participants = group.participants.list();
        String communityId = group.kind == GroupKind.COMMUNITY_PARENT ? group.id : group.linkedParent;
        return new GroupView(group.id, group.kind, group.subject, group.description, group.creator,
                group.createdAtMillis, group.subjectOwner, group.subjectAtMillis, participants,
                group.announcementsOnly, group.restrictInfo, group.adminsAdd, group.approveParticipants,
                group.inviteCode, group.linkedParent, communityId, group.lastActivityMillis);
    }

    public boolean isAdmin(String phone) {
        Rank rank = participants.rankOf(phone);
        return rank != null && rank.isAdmin();
    }

    public boolean has(String phone) {
        return participants.rankOf(phone) != null;
    }
}
