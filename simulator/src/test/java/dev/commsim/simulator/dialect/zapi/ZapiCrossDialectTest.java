package dev.commsim.simulator.dialect.zapi;

import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ANA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.BRUNO;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.CARLA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.support.RunningSimulator;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One world behind both dialects: a community made through a Whapi.Cloud channel, holding a Z-API
 * channel's phone, is seen by that Z-API instance with Z-API's ids and markers.
 */
class ZapiCrossDialectTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private static final String WHAPI_TOKEN = "whapi-ana";

    private ZapiClient bruno;
    private String communityId;
    private String announcementId;
    private String groupId;

    @BeforeEach
    void whapiMakesACommunityWithBrunoInALinkedGroup() {
        SIM.control().body(Map.of("dialect", "whapi", "token", WHAPI_TOKEN, "phone", ANA))
                .post("/_sim/channels").then().statusCode(201);
        bruno = ZapiClient.declare(SIM, BRUNO);
        String community = SIM.whapi(WHAPI_TOKEN).body(Map.of("subject", "Company Hub"))
                .post("/communities").then().statusCode(200).extract().path("id");
        String announcement = SIM.whapi(WHAPI_TOKEN).get("/communities/" + community + "/subgroups")
                .then().statusCode(200).extract().path("announceGroupInfo.id");
        String group = SIM.whapi(WHAPI_TOKEN)
                .body(Map.of("subject", "Engineering", "participants", List.of(BRUNO, CARLA)))
                .post("/groups").then().statusCode(200).extract().path("id");
        SIM.whapi(WHAPI_TOKEN).put("/communities/" + community + "/" + group).then().statusCode(200);
        communityId = community.replace("@g.us", "");
        announcementId = announcement.replace("@g.us", "-group");
        groupId = group.replace("@g.us", "-group");
    }

    @Test
    void theZapiInstanceListsTheCommunityByItsBareId() {
        assertThat(bruno.communities()).containsExactly(communityId);
    }

    @Test
    void theZapiInstanceReadsTheCommunityWithItsSubGroupsAndMarkers() {
        JsonPath metadata = bruno.communityMetadata(communityId);

        assertThat(metadata.getString("name")).isEqualTo("Company Hub");
        assertThat(metadata.getList("subGroups.phone")).containsExactly(announcementId, groupId);
        assertThat(metadata.getList("subGroups.isGroupAnnouncement")).containsExactly(true, false);
    }

    @Test
    void theAnnouncementAndLinkedGroupsCarryCommunityIdInMetadata() {
        JsonPath announcement = bruno.metadata(announcementId);
        JsonPath linked = bruno.metadata(groupId);

        assertThat(announcement.getBoolean("isGroupAnnouncement")).isTrue();
        assertThat(announcement.getString("communityId")).isEqualTo(communityId);
        assertThat(announcement.getString("owner")).isEqualTo(ANA);
        assertThat(linked.getBoolean("isGroupAnnouncement")).isFalse();
        assertThat(linked.getString("communityId")).isEqualTo(communityId);
        assertThat(linked.getList("participants.phone")).containsExactlyInAnyOrder(ANA, BRUNO, CARLA);
    }

    @Test
    void theZapiListingsShowTheAnnouncementGroupAndTheLinkedGroupButNotTheParent() {
        JsonNode groups = bruno.list("/groups");

        assertThat(groups.findValuesAsText("phone")).containsExactlyInAnyOrder(announcementId, groupId);
        for (JsonNode item : groups) {
            boolean announcement = item.get("phone").textValue().equals(announcementId);
            assertThat(item.get("isGroupAnnouncement").booleanValue()).isEqualTo(announcement);
            assertThat(item.get("isGroup").booleanValue()).isEqualTo(!announcement);
        }
    }

    @Test
    void aZapiMemberPostingToTheWhapiMadeAnnouncementGroupIsRecordedAsFailed() {
        String id = bruno.sendText(announcementId, "hello from Z-API").getString("messageId");

        assertThat(SimState.of(SIM).message(id).get("status")).isEqualTo("failed");
    }
}
