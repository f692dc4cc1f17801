package dev.commsim.simulator.world;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A community: its twin groups, its linked groups and its direct members. Keeps, for each member of
 * the announcement group, how many linked groups hold them, so that link, unlink and participant changes
 * cost the size of the group touched, never the size of the community (orphan test in O(1)).
 */
final class Community {
    final Group parent;
    final Group announcement;
    final Set<String> linkedGroupIds = new LinkedHashSet<>();
    final Set<String> directMembers = new LinkedHashSet<>();
    private final Map<String, Integer> linkedGroupCounts = new HashMap<>();
    String whoCanAddGroups = "admins";
    String memberAddMode = "admins";

    Community(Group parent, Group announcement) {
        this.parent = parent;
        this.announcement = announcement;
    }

    String id() {
        return parent.id;
    }

    boolean isAdmin(String phone) {
        return parent.isAdmin(phone);
    }

    boolean isMember(String phone) {
        return announcement.has(phone);
    }

    void countLinked(String phone) {
        linkedGroupCounts.merge(phone, 1, Integer::sum);
    }

    void uncountLinked(String phone) {
        linkedGroupCounts.computeIfPresent(phone, (p, count) -> count == 1 ? null : count - 1);
    }

    void forgetCounts(String phone) {
        linkedGroupCounts.remove(phone);
    }

    /** Rules.md R4: in Y, in no group still linked, not a community admin, not a direct member. */
    boolean isOrphan(String phone) {
        return announcement.has(phone)
                && !linkedGroupCounts.containsKey(phone)
                && !isAdmin(phone)
                && !directMembers.contains(phone);
    }
}
