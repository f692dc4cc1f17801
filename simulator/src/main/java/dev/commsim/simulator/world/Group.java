package dev.commsim.simulator.world;

/** A group as the world keeps it. Mutable, and only ever touched under the world's lock. */
final class Group {
    final String id;
    final GroupKind kind;
    final String creator;
    final long createdAtMillis;
    /** Phone to rank, in the order people joined. */
    final Participants participants = new Participants(this);

    String subject;
    String subjectOwner;
    long subjectAtMillis;
    String description = "";
    boolean announcementsOnly;
    boolean restrictInfo;
    boolean adminsAdd;
    boolean approveParticipants;
    String inviteCode;
    /** The community parent's id while this group is linked (or is that community's announcement group). */
    String linkedParent;
    long lastActivityMillis;

    Group(String id, GroupKind kind, String subject, String creator, long createdAtMillis, String inviteCode) {
        this.id = id;
        this.kind = kind;
        this.subject = subject;
        this.creator = creator;
        this.subjectOwner = creator;
        this.createdAtMillis = createdAtMillis;
        this.subjectAtMillis = createdAtMillis;
        this.lastActivityMillis = createdAtMillis;
        this.inviteCode = inviteCode;
    }

    boolean has(String phone) {
        return participants.has(phone);
    }

    boolean isAdmin(String phone) {
        Rank rank = participants.rankOf(phone);
        return rank != null && rank.isAdmin();
    }
}
