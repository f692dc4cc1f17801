package dev.commsim.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code GET /_sim/state} and checks rules.md's invariants I1, I2, I4 and I5 for every active
 * community, and I3 where the unlink policy promises it. (I6 is checked by comparing states.)
 */
public final class StateInvariants {
    private StateInvariants() {
    }

    public static void check(RunningSimulator sim) {
        JsonPath state = sim.control().get("/_sim/state").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> groups = new HashMap<>();
        for (Map<String, Object> group : state.<Map<String, Object>>getList("groups")) {
            groups.put((String) group.get("id"), group);
        }
        int maxMembers = state.getInt("settings.maxCommunityMembers");
        int maxLinked = state.getInt("settings.maxLinkedGroups");
        int maxGroupSize = state.getInt("settings.maxGroupSize");
        boolean i3Promised = !"all".equals(state.getString("settings.unlinkPolicy"));
        for (Map<String, Object> community : state.<Map<String, Object>>getList("communities")) {
            String parentId = (String) community.get("id");
            Map<String, Object> parent = groups.get(parentId);
            Map<String, Object> announcement = groups.get((String) community.get("announcementGroupId"));
            // I1
            assertThat(announcement.get("linkedParent")).as("I1 Y.linkedParent").isEqualTo(parentId);
            assertThat(announcement.get("announcementsOnly")).as("I1 Y.announcementsOnly").isEqualTo(true);
            assertThat(announcement.get("subject")).as("I1 Y's subject").isEqualTo(parent.get("subject"));
            // I2
            @SuppressWarnings("unchecked")
            List<String> linked = (List<String>) community.get("linkedGroups");
            assertThat(linked.size()).as("I2 linked count").isLessThanOrEqualTo(maxLinked);
            Set<String> yMembers = phones(announcement);
            Set<String> required = new HashSet<>(phones(parent));
            for (String groupId : linked) {
                Map<String, Object> group = groups.get(groupId);
                assertThat(group.get("kind")).as("I2 only ordinary groups are linked").isEqualTo("ORDINARY");
                assertThat(group.get("linkedParent")).as("I2 one parent").isEqualTo(parentId);
                required.addAll(phones(group));
            }
            // I3
            if (i3Promised) {
                assertThat(yMembers).as("I3 members(Y) ⊇ admins ∪ linked participants").containsAll(required);
            }
            // I4
            assertThat(yMembers.size()).as("I4 |members(Y)|").isLessThanOrEqualTo(maxMembers);
            // I5
            @SuppressWarnings("unchecked")
            List<String> admins = (List<String>) community.get("admins");
            assertThat(phones(parent)).as("I5 P = admins").containsExactlyInAnyOrderElementsOf(admins);
            for (Map<String, Object> participant : participants(announcement)) {
                boolean admin = !"member".equals(participant.get("rank"));
                assertThat(admin).as("I5 admin rank in Y of " + participant.get("phone"))
                        .isEqualTo(admins.contains((String) participant.get("phone")));
            }
        }
        for (Map<String, Object> group : groups.values()) {
            if ("ORDINARY".equals(group.get("kind"))) {
                assertThat(participants(group).size()).as("I4 group size").isLessThanOrEqualTo(maxGroupSize);
                String parent = (String) group.get("linkedParent");
                if (parent != null) {
                    assertThat(groups).as("I2 linked to an active community").containsKey(parent);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> participants(Map<String, Object> group) {
        return (List<Map<String, Object>>) group.get("participants");
    }

    private static Set<String> phones(Map<String, Object> group) {
        Set<String> phones = new HashSet<>();
        participants(group).forEach(p -> phones.add((String) p.get("phone")));
        return phones;
    }

    /** The world as JSON, for I6: a refused request leaves it byte for byte the same. */
    public static String snapshot(RunningSimulator sim) {
        return sim.control().get("/_sim/state").then().statusCode(200).extract().asString();
    }
}
