package dev.commsim.contract.model;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * A provider-neutral picture of the world, by handle: what the model holds and what a driver reads
 * back from a target. Only what the contract fixes is in it (no ids, times, invite codes).
 * Groups nobody is in any more are left out: a provider may keep or drop them.
 */
public record WorldView(SortedMap<String, GroupView> groups, SortedMap<String, CommunityView> communities,
                        SortedMap<String, Listing> listings, List<MessageView> messages) {

    /** A view without listings (a target that cannot list per channel). */
    public WorldView(SortedMap<String, GroupView> groups, SortedMap<String, CommunityView> communities,
                     List<MessageView> messages) {
        this(groups, communities, new java.util.TreeMap<>(), messages);
    }

    public WorldView withListings(SortedMap<String, Listing> value) {
        return new WorldView(groups, communities, value, messages);
    }

    /** A recorded message (R7): chat and sender by handle, "sent" or "failed", who it reached. */
    public record MessageView(String chat, String from, String status, SortedSet<String> recipients) {
    }

    /**
     * What one actor's channel lists (R2, R9): its groups with their markers, and its communities.
     * Markers: {@code P} (parent), {@code Y>c1} (announcement group of c1), {@code G>c1} (a group
     * linked to c1), {@code G} (an unlinked group); a dialect that shows less gets them reduced.
     */
    public record Listing(SortedMap<String, String> groups, SortedSet<String> communities) {
    }

    /** One group; {@code linkedParent} is a community handle or null. */
    public record GroupView(Kind kind, String subject, String description, String linkedParent,
                            SortedMap<String, Rank> participants, boolean announcementsOnly, boolean restrictInfo) {
        public GroupView {
            // rules.md leaves restrictInfo and the description of P and Y open (a provider may lock
            // their info to admins, and copy the community's description or not). An unset and an
            // empty description are the same.
            restrictInfo = kind == Kind.ORDINARY && restrictInfo;
            description = kind == Kind.ORDINARY && description != null && !description.isEmpty() ? description : null;
        }
    }

    /** One active community: its linked groups and admins (P's participants). */
    public record CommunityView(SortedSet<String> linkedGroups, SortedSet<String> admins) {
    }
}
