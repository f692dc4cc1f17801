package dev.commsim.simulator.dialect.zapi;

import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ANA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.BRUNO;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.CARLA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.NOT_ON_WHATSAPP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R10 ordinary group operations, and the community-side ones, through Z-API's endpoints. */
class ZapiGroupOperationsTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private ZapiClient ana;
    private ZapiClient bruno;

    @BeforeEach
    void declare() {
        ana = ZapiClient.declare(SIM, ANA);
        bruno = ZapiClient.declare(SIM, BRUNO);
    }

    @Test
    void createGroupMakesTheCallerCreatorAndListsTheNumbersNotAdded() {
        JsonPath created = ana.raw().body(Map.of("autoInvite", false, "groupName", "Engineering",
                        "phones", List.of(ANA, BRUNO, NOT_ON_WHATSAPP, "987654321@lid")))
                .post("/create-group").then().statusCode(200).extract().jsonPath();

        assertThat(created.getString("phone")).matches("120363\\d{12}-group");
        assertThat(created.getString("invitationLink")).matches("https://chat\\.whatsapp\\.com/[A-Za-z0-9]{22}");
        assertThat(created.getList("phonesNotAdded")).containsExactly(NOT_ON_WHATSAPP, "987654321@lid");
        JsonPath metadata = ana.metadata(created.getString("phone"));
        assertThat(metadata.getList("participants.phone")).containsExactly(ANA, BRUNO);
        assertThat(metadata.getList("participants.isSuperAdmin")).containsExactly(true, false);
        assertThat(metadata.getString("owner")).isEqualTo(ANA);
    }

    @Test
    void createGroupNeedsSomeoneOtherThanTheConnectedNumber() {
        ana.raw().body(Map.of("groupName", "Alone", "phones", List.of(ANA))).post("/create-group")
                .then().statusCode(400).body("error", equalTo("'phones' must name someone other than the caller"));
        ana.raw().body(Map.of("groupName", "", "phones", List.of(BRUNO))).post("/create-group")
                .then().statusCode(400).body("error", equalTo("'groupName' must not be empty"));
        assertThat(ana.list("/groups").size()).isZero();
    }

    @Test
    void adminsRenameAndDescribeAGroup() {
        String group = ana.createGroup("Engineering", BRUNO);

        assertThat(ZapiClient.value(ana.post("/update-group-name", Map.of("groupId", group, "groupName", "Eng"))))
                .isTrue();
        assertThat(ZapiClient.value(ana.post("/update-group-description",
                Map.of("groupId", group, "groupDescription", "Builders")))).isTrue();

        JsonPath metadata = ana.metadata(group);
        assertThat(metadata.getString("subject")).isEqualTo("Eng");
        assertThat(metadata.getString("description")).isEqualTo("Builders");
        assertThat(metadata.getString("subjectOwner")).isEqualTo(ANA);
    }

    @Test
    void aMemberCannotChangeInfoOnceOnlyAdminsMay() {
        String group = ana.createGroup("Engineering", BRUNO);
        assertThat(ZapiClient.value(ana.post("/update-group-settings",
                Map.of("phone", group, "adminOnlySettings", true)))).isTrue();

        assertThat(ZapiClient.value(bruno.post("/update-group-name", Map.of("groupId", group, "groupName", "Mine"))))
                .isFalse();
        assertThat(ana.metadata(group).getString("subject")).isEqualTo("Engineering");
    }

    @Test
    void groupSettingsAcceptPhoneOrGroupIdAndLeaveMissingFlagsUnchanged() {
        String group = ana.createGroup("Engineering", BRUNO);

        assertThat(ZapiClient.value(ana.post("/update-group-settings",
                Map.of("phone", group, "adminOnlyMessage", true, "adminOnlyAddMember", true)))).isTrue();
        assertThat(ZapiClient.value(ana.post("/update-group-settings",
                Map.of("groupId", group, "adminOnlySettings", true)))).isTrue();

        JsonPath metadata = ana.metadata(group);
        assertThat(metadata.getBoolean("adminOnlyMessage")).isTrue();
        assertThat(metadata.getBoolean("adminOnlyAddMember")).isTrue();
        assertThat(metadata.getBoolean("adminOnlySettings")).isTrue();
        assertThat(metadata.getBoolean("requireAdminApproval")).isFalse();
    }

    @Test
    void aMemberCannotChangeGroupSettings() {
        String group = ana.createGroup("Engineering", BRUNO);

        assertThat(ZapiClient.value(bruno.post("/update-group-settings",
                Map.of("phone", group, "adminOnlyMessage", true)))).isFalse();
        assertThat(ana.metadata(group).getBoolean("adminOnlyMessage")).isFalse();
    }

    @Test
    void theAnnouncementGroupKeepsItsAnnouncementModeWithA400AndNothingChanges() {
        ZapiClient.Community hub = ana.createCommunity("Company Hub");

        ana.raw().body(Map.of("phone", hub.announcement(), "adminOnlyMessage", false, "adminOnlySettings", false))
                .post("/update-group-settings").then().statusCode(400)
                .body("error", equalTo("adminOnlyMessage and adminOnlyAddMember cannot be changed on a community's "
                        + "announcement group"));

        JsonPath y = ana.metadata(hub.announcement());
        assertThat(y.getBoolean("adminOnlyMessage")).isTrue();
        assertThat(y.getBoolean("adminOnlySettings")).isTrue();
    }

    @Test
    void redefiningTheInvitationLinkRetiresTheOldOne() {
        String group = ana.createGroup("Engineering", BRUNO);
        String old = ana.invitationLink(group);

        String fresh = ana.raw().post("/redefine-invitation-link/" + group).then().statusCode(200)
                .extract().path("invitationLink");

        assertThat(fresh).isNotEqualTo(old).startsWith("https://chat.whatsapp.com/");
        assertThat(ana.invitationLink(group)).isEqualTo(fresh);
        ZapiClient carla = ZapiClient.declare(SIM, CARLA);
        assertThat(carla.acceptInvite(old)).isFalse();
        assertThat(carla.acceptInvite(fresh)).isTrue();
        assertThat(ana.participants(group)).contains(CARLA);
    }

    @Test
    void theInvitationLinkIsServedOnGetAndPost() {
        String group = ana.createGroup("Engineering", BRUNO);

        ana.raw().post("/group-invitation-link/" + group).then().statusCode(200)
                .body("phone", equalTo(group)).body("invitationLink", equalTo(ana.invitationLink(group)));
    }

    @Test
    void acceptingACommunityInvitationMakesADirectMember() {
        ZapiClient.Community hub = ana.createCommunity("Company Hub");
        String link = ana.raw().post("/redefine-invitation-link/" + hub.id()).then().statusCode(200)
                .extract().path("invitationLink");

        assertThat(bruno.acceptInvite(link)).isTrue();

        assertThat(bruno.communities()).containsExactly(hub.id());
        assertThat(ana.participants(hub.announcement())).contains(BRUNO);
    }

    @Test
    void leavingAGroupRemovesTheCallerAndAnswersValueTrue() {
        String group = ana.createGroup("Engineering", BRUNO);

        assertThat(ZapiClient.value(bruno.post("/leave-group", Map.of("groupId", group)))).isTrue();

        assertThat(ana.participants(group)).containsExactly(ANA);
        assertThat(ZapiClient.value(bruno.post("/leave-group", Map.of("groupId", group)))).isFalse();
    }

    @Test
    void communityDescriptionAndSettingsAreAdminOnly() {
        ZapiClient.Community hub = ana.createCommunity("Company Hub");
        ana.onCommunity("/add-participant", hub.id(), BRUNO);

        assertThat(ZapiClient.value(ana.post("/update-community-description",
                Map.of("communityId", hub.id(), "communityDescription", "All teams")))).isTrue();
        assertThat(ZapiClient.value(bruno.post("/update-community-description",
                Map.of("communityId", hub.id(), "communityDescription", "Mine")))).isFalse();
        assertThat(ZapiClient.success(ana.post("/communities/settings",
                Map.of("communityId", hub.id(), "whoCanAddNewGroups", "all")))).isTrue();
        assertThat(ZapiClient.success(bruno.post("/communities/settings",
                Map.of("communityId", hub.id(), "whoCanAddNewGroups", "admins")))).isFalse();

        assertThat(ana.communityMetadata(hub.id()).getString("description")).isEqualTo("All teams");
        assertThat(ana.metadata(hub.announcement()).getString("description")).isEqualTo("All teams");
        assertThat(SimState.of(SIM).whoCanAddGroups(hub.id())).isEqualTo("anyone");
    }
}
