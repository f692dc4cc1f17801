package dev.commsim.simulator.world;

import java.util.List;

/**
 * Something a command changed in the world, for the journal and for webhooks: who did it
 * ({@code actor}), in which chat (a group id, or a person's phone for direct messages), to whom, and
 * why ({@code cause}, e.g. {@code propagation} when a link or a later add brought people into an
 * announcement group). {@code communityId} is set for a community's own and linked groups;
 * {@code detail} carries the message id of message events.
 */
public record WorldEvent(
        Type type,
        String chatId,
        String communityId,
        List<String> phones,
        String actor,
        String cause,
        String detail,
        long atMillis) {

    public enum Type {
        COMMUNITY_CREATED,
        COMMUNITY_DEACTIVATED,
        GROUP_CREATED,
        GROUP_REMOVED,
        GROUP_LINKED,
        GROUP_UNLINKED,
        PARTICIPANTS_ADDED,
        PARTICIPANTS_REMOVED,
        PARTICIPANTS_PROMOTED,
        PARTICIPANTS_DEMOTED,
        SUBJECT_CHANGED,
        DESCRIPTION_CHANGED,
        SETTINGS_CHANGED,
        INVITE_REVOKED,
        MESSAGE_SENT,
        MESSAGE_FAILED
    }

    /** Causes of participant changes. */
    public static final String DIRECT = "direct";
    public static final String PROPAGATION = "propagation";
    public static final String INVITE = "invite";
    public static final String LEFT = "left";
    public static final String REMOVED = "removed";
    public static final String COMMUNITY_REMOVAL = "community-removal";
    public static final String UNLINK = "unlink";
    public static final String DEACTIVATION = "deactivation";
    public static final String CREATED = "created";
    public static final String SUCCESSION = "succession";
    public static final String JOINED = "joined";
}
