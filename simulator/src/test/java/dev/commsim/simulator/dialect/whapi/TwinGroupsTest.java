package dev.commsim.simulator.dialect.whapi;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R1 twin groups and R2 markers, as a Whapi client sees them. */
class TwinGroupsTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator().withWhapiChannel("tok-alice", ALICE);

    private final WhapiClient alice = SIM.client("tok-alice");

    @Test
    void creatingACommunityMakesTheParentAndTheAnnouncementGroupWithTheSameName() {
        JsonPath created = alice.raw().body(Map.of("subject", "Company Hub", "description", "Team groups"))
                .post("/communities").then().statusCode(200).extract().jsonPath();
        String communityId = created.getString("id");

        assertThat(communityId).matches("120363\\d{12}@g\\.us");
        assertThat(created.getBoolean("is_parent")).isTrue();
        assertThat(created.getString("name")).isEqualTo("Company Hub");
        assertThat(created.getList("participants", Map.class))
                .containsExactly(Map.of("id", ALICE, "rank", "creator"));

        String announcementId = alice.raw().get("/communities/" + communityId + "/subgroups")
                .then().statusCode(200).extract().path("announceGroupInfo.id");
        assertThat(announcementId).isNotEqualTo(communityId).matches("120363\\d{12}@g\\.us");
    }

    @Test
    void bothTwinsAreListedInGetGroupsWithTheirMarkersAndFalseFlagsOmitted() {
        WhapiClient.Community hub = alice.createCommunity("Company Hub");

        JsonPath groups = alice.raw().get("/groups").then().statusCode(200).extract().jsonPath();
        assertThat(groups.getList("groups.id")).containsExactlyInAnyOrder(hub.id(), hub.announcementId());
        assertThat(groups.getInt("total")).isEqualTo(2);

        Map<String, Object> parent = groupById(groups, hub.id());
        assertThat(parent).containsEntry("is_parent", true).containsEntry("name", "Company Hub")
                .doesNotContainKeys("is_default_subgroup", "isCommunityAnnounce", "linkedParent", "announcements");

        Map<String, Object> announcement = groupById(groups, hub.announcementId());
        assertThat(announcement)
                .containsEntry("name", "Company Hub")
                .containsEntry("is_default_subgroup", true)
                .containsEntry("isCommunityAnnounce", true)
                .containsEntry("announcements", true)
                .containsEntry("linkedParent", hub.id())
                .doesNotContainKey("is_parent");
        assertThat(announcement.values()).doesNotContain(false);
        assertThat(parent.values()).doesNotContain(false);
    }

    @Test
    void aLinkedGroupCarriesLinkedParentAndNoOtherCommunityMarker() {
        WhapiClient.Community hub = alice.createCommunity("Company Hub");
        String engineering = alice.createGroup("Engineering", BOB);
        alice.linked(hub.id(), engineering);

        Map<String, Object> linked = alice.raw().get("/groups/" + engineering).then().statusCode(200)
                .body("linkedParent", equalTo(hub.id())).extract().as(Map.class);
        assertThat(linked).doesNotContainKeys("is_parent", "is_default_subgroup", "isCommunityAnnounce");
        StateInvariants.check(SIM);
    }

    @Test
    void theCommunityIdIsTheParentGroupsIdAndSubgroupsListTheLinkedGroups() {
        WhapiClient.Community hub = alice.createCommunity("Company Hub");
        String engineering = alice.createGroup("Engineering", BOB);
        alice.linked(hub.id(), engineering);

        JsonPath subgroups = alice.raw().get("/communities/" + hub.id() + "/subgroups")
                .then().statusCode(200).extract().jsonPath();
        assertThat(subgroups.getString("announceGroupInfo.title")).isEqualTo("Company Hub");
        assertThat(subgroups.getString("announceGroupInfo.creationTime")).matches("\\d+");
        assertThat(subgroups.getList("otherGroups.id")).containsExactly(engineering);
        assertThat(subgroups.getList("otherGroups.title")).containsExactly("Engineering");
        assertThat(subgroups.getList("otherGroups.properties.general_chat")).containsExactly(false);

        alice.raw().get("/groups/" + hub.id()).then().statusCode(200)
                .body("is_parent", equalTo(true)).body("name", equalTo("Company Hub"));
    }

    @Test
    void communitiesAreListedUnderTheCommunitiesKeyWithPaging() {
        alice.createCommunity("First");
        alice.createCommunity("Second");
        alice.createCommunity("Third");

        JsonPath page = alice.raw().queryParam("count", 2).queryParam("offset", 1).get("/communities")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getInt("count")).isEqualTo(2);
        assertThat(page.getInt("offset")).isEqualTo(1);
        List<String> names = page.getList("communities.name");
        assertThat(names).hasSize(2);
        assertThat(page.getList("communities.is_parent")).containsOnly(true);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> groupById(JsonPath groups, String id) {
        return groups.getList("groups", Map.class).stream()
                .filter(group -> id.equals(group.get("id")))
                .findFirst().orElseThrow();
    }
}
