package dev.commsim.simulator.dialect.zapi;

import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ANA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.BRUNO;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.CARLA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.DIEGO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R9: an instance sees and acts on only its own groups; every member of Y may read the community. */
class ZapiVisibilityTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private ZapiClient ana;
    private ZapiClient outsider;
    private ZapiClient.Community hub;
    private String linked;

    @BeforeEach
    void communityAndAnOutsider() {
        ana = ZapiClient.declare(SIM, ANA);
        outsider = ZapiClient.declare(SIM, DIEGO);
        hub = ana.createCommunity("Company Hub");
        linked = ana.createGroup("Engineering", BRUNO);
        ana.linked(hub.id(), linked);
    }

    @Test
    void anOutsiderFindsNeitherTheGroupsNorTheCommunity() {
        outsider.raw().get("/group-metadata/" + linked).then().statusCode(400)
                .body("error", equalTo("Group not found"));
        outsider.raw().get("/group-metadata/" + hub.announcement()).then().statusCode(400)
                .body("error", equalTo("Group not found"));
        outsider.raw().get("/communities-metadata/" + hub.id()).then().statusCode(400)
                .body("error", equalTo("Community not found"));
        outsider.raw().get("/group-invitation-link/" + linked).then().statusCode(400)
                .body("error", equalTo("Group not found"));
        assertThat(outsider.communities()).isEmpty();
        assertThat(outsider.list("/groups").size()).isZero();
    }

    @Test
    void anOutsiderCannotActOnAGroupItIsNotIn() {
        assertThat(outsider.onGroup("/add-participant", linked, CARLA)).isFalse();
        assertThat(ZapiClient.value(outsider.post("/update-group-name",
                Map.of("groupId", linked, "groupName", "Taken over")))).isFalse();

        assertThat(ana.metadata(linked).getString("subject")).isEqualTo("Engineering");
        assertThat(ana.participants(linked)).doesNotContain(CARLA);
    }

    @Test
    void aMemberOfTheCommunityReadsItsMetadataButNotTheGroupsItIsNotIn() {
        ZapiClient bruno = ZapiClient.declare(SIM, BRUNO);
        String adminsOnly = ana.createGroup("Admins", CARLA);
        ana.linked(hub.id(), adminsOnly);

        JsonPath community = bruno.communityMetadata(hub.id());

        assertThat(community.getList("subGroups.phone")).containsExactly(hub.announcement(), linked, adminsOnly);
        assertThat(bruno.communities()).containsExactly(hub.id());
        bruno.raw().get("/group-metadata/" + adminsOnly).then().statusCode(400);
    }

    @Test
    void theInvitationLinkIsShownToAdminsOnly() {
        ZapiClient bruno = ZapiClient.declare(SIM, BRUNO);

        assertThat(bruno.metadata(linked).getString("invitationLink")).isNull();
        assertThat(ana.metadata(linked).getString("invitationLink")).startsWith("https://chat.whatsapp.com/");
        bruno.raw().get("/group-invitation-link/" + linked).then().statusCode(400)
                .body("error", equalTo("not-authorized"));
    }
}
