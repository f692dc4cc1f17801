package dev.commsim.simulator.dialect.zapi;

import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ANA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.BRUNO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.support.RunningSimulator;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R1 twin groups and R2 markers, as a Z-API user sees them. */
class ZapiTwinGroupsTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private ZapiClient ana;

    @BeforeEach
    void declare() {
        ana = ZapiClient.declare(SIM, ANA);
    }

    @Test
    void createCommunityAnswersBareCommunityIdAndItsAnnouncementGroupAsTheOneSubGroup() {
        JsonPath created = ana.raw().body(Map.of("name", "Company Hub", "description", "Team groups"))
                .post("/communities").then().statusCode(200).extract().jsonPath();

        assertThat(created.getString("id")).matches("120363\\d{12}");
        assertThat(created.getList("subGroups")).hasSize(1);
        assertThat(created.getString("subGroups[0].name")).isEqualTo("Company Hub");
        assertThat(created.getString("subGroups[0].phone")).matches("120363\\d{12}-group");
        assertThat(created.getBoolean("subGroups[0].isGroupAnnouncement")).isTrue();
        // R1: the announcement group is a different group from the community (parent) itself.
        assertThat(created.getString("subGroups[0].phone")).isNotEqualTo(created.getString("id") + "-group");
    }

    @Test
    void communitiesListsTheCommunityByBareIdAndName() {
        ZapiClient.Community hub = ana.createCommunity("Company Hub");

        ana.raw().get("/communities").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].id", equalTo(hub.id()))
                .body("[0].name", equalTo("Company Hub"));
    }

    @Test
    void announcementGroupMetadataCarriesTheMarkersAndTheFixedAnnouncementMode() {
        ZapiClient.Community hub = ana.createCommunity("Company Hub");

        JsonPath y = ana.metadata(hub.announcement());

        assertThat(y.getBoolean("isGroupAnnouncement")).isTrue();
        assertThat(y.getString("communityId")).isEqualTo(hub.id());
        assertThat(y.getBoolean("adminOnlyMessage")).isTrue();
        assertThat(y.getString("subject")).isEqualTo("Company Hub");
        assertThat(y.getString("owner")).isEqualTo(ANA);
        assertThat(y.getList("participants.phone")).containsExactly(ANA);
        assertThat(y.getBoolean("participants[0].isSuperAdmin")).isTrue();
    }

    @Test
    void anOrdinaryGroupHasNoCommunityIdAndIsNotAnAnnouncement() {
        String group = ana.createGroup("Engineering", BRUNO);

        JsonPath metadata = ana.metadata(group);

        assertThat(metadata.getString("communityId")).isNull();
        assertThat(metadata.getMap("").containsKey("communityId")).isTrue();
        assertThat(metadata.getBoolean("isGroupAnnouncement")).isFalse();
    }

    @Test
    void groupsAndChatsListTheAnnouncementGroupAsNotAGroupAndNeverTheCommunityParent() {
        ZapiClient.Community hub = ana.createCommunity("Company Hub");
        String group = ana.createGroup("Engineering", BRUNO);

        for (String listing : List.of("/groups", "/chats")) {
            JsonNode items = ana.list(listing);
            List<String> phones = new ArrayList<>();
            items.forEach(item -> phones.add(item.get("phone").textValue()));
            assertThat(phones).as(listing).containsExactlyInAnyOrder(hub.announcement(), group);
            for (JsonNode item : items) {
                boolean isAnnouncement = item.get("phone").textValue().equals(hub.announcement());
                assertThat(item.get("isGroupAnnouncement").booleanValue()).as(listing).isEqualTo(isAnnouncement);
                assertThat(item.get("isGroup").booleanValue()).as(listing).isEqualTo(!isAnnouncement);
            }
        }
    }

    @Test
    void theCommunityParentIsNotFoundThroughGroupEndpoints() {
        ZapiClient.Community hub = ana.createCommunity("Company Hub");

        ana.raw().get("/group-metadata/" + hub.id() + "-group").then().statusCode(400)
                .body("error", equalTo("Group not found"));
        ana.raw().get("/chats/" + hub.id() + "-group").then().statusCode(400)
                .body("error", equalTo("Chat not found"));
    }

    @Test
    void communityMetadataShowsTheAnnouncementGroupFirstThenLinkedGroups() {
        ZapiClient.Community hub = ana.createCommunity("Company Hub");
        String group = ana.createGroup("Engineering", BRUNO);
        ana.linked(hub.id(), group);

        JsonPath metadata = ana.communityMetadata(hub.id());

        assertThat(metadata.getString("id")).isEqualTo(hub.id());
        assertThat(metadata.getString("name")).isEqualTo("Company Hub");
        assertThat(metadata.getList("subGroups.phone")).containsExactly(hub.announcement(), group);
        assertThat(metadata.getList("subGroups.isGroupAnnouncement")).containsExactly(true, false);
        assertThat(metadata.getList("subGroups.name")).containsExactly("Company Hub", "Engineering");
    }

    @Test
    void theAnnouncementGroupIdAlsoNamesTheCommunity() {
        ZapiClient.Community hub = ana.createCommunity("Company Hub");

        assertThat(ana.communityMetadata(hub.announcement()).getString("id")).isEqualTo(hub.id());
    }

    @Test
    void aCommunityNameOverOneHundredCharactersIsRefusedNamingTheField() {
        ana.raw().body(Map.of("name", "x".repeat(101))).post("/communities").then().statusCode(400)
                .body("error", equalTo("'name' must be at most 100 characters"));
        ana.raw().body(Map.of("name", " ")).post("/communities").then().statusCode(400)
                .body("error", equalTo("'name' must not be empty"));
        assertThat(ana.communities()).isEmpty();
    }
}
