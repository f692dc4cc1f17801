package dev.commsim.simulator.dialect.zapi;

import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ANA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.BRUNO;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.CARLA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R7 the Z-API way: forbidden sends answer 200 with ids and are recorded as failed. */
@SuppressWarnings("unchecked")
class ZapiSendTextTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private ZapiClient ana;
    private ZapiClient bruno;
    private ZapiClient.Community hub;

    @BeforeEach
    void communityWithBrunoAsMember() {
        ana = ZapiClient.declare(SIM, ANA);
        bruno = ZapiClient.declare(SIM, BRUNO);
        hub = ana.createCommunity("Company Hub");
        ana.linked(hub.id(), ana.createGroup("Engineering", BRUNO, CARLA));
    }

    @Test
    void anAdminsMessageToTheAnnouncementGroupReachesItsMembers() {
        JsonPath sent = ana.sendText(hub.announcement(), "Hello everyone");

        assertThat(sent.getString("messageId")).matches("3EB0[0-9A-F]{16}");
        assertThat(sent.getString("zaapId")).matches("[0-9A-F]{32}");
        assertThat(sent.getString("id")).isEqualTo(sent.getString("messageId"));
        Map<String, Object> recorded = SimState.of(SIM).message(sent.getString("messageId"));
        assertThat(recorded.get("status")).isEqualTo("sent");
        assertThat(recorded.get("secondaryId")).isEqualTo(sent.getString("zaapId"));
        assertThat((List<Object>) recorded.get("recipients")).containsExactlyInAnyOrder(BRUNO, CARLA);
    }

    @Test
    void aNonAdminsMessageToTheAnnouncementGroupIsAcceptedThenRecordedAsFailed() {
        JsonPath sent = bruno.sendText(hub.announcement(), "Can I post here?");

        assertThat(sent.getString("messageId")).isNotBlank();
        assertThat(sent.getString("zaapId")).isNotBlank();
        Map<String, Object> recorded = SimState.of(SIM).message(sent.getString("messageId"));
        assertThat(recorded.get("status")).isEqualTo("failed");
        assertThat(recorded.get("failure")).isEqualTo("SEND_FORBIDDEN");
        assertThat((List<Object>) recorded.get("recipients")).isEmpty();
    }

    @Test
    void nobodyCanPostToTheCommunityParentEvenItsCreator() {
        JsonPath sent = ana.sendText(hub.id(), "To the parent");

        assertThat(SimState.of(SIM).message(sent.getString("messageId")).get("status")).isEqualTo("failed");
    }

    @Test
    void anAdminOnlyGroupTakesMessagesFromAdminsOnly() {
        String group = ana.createGroup("Notices", BRUNO);
        ZapiClient.value(ana.post("/update-group-settings", Map.of("phone", group, "adminOnlyMessage", true)));

        String fromBruno = bruno.sendText(group, "me too").getString("messageId");
        String fromAna = ana.sendText(group, "notice").getString("messageId");

        assertThat(SimState.of(SIM).message(fromBruno).get("status")).isEqualTo("failed");
        assertThat(SimState.of(SIM).message(fromAna).get("status")).isEqualTo("sent");
    }

    @Test
    void aMessageToAGroupTheInstanceIsNotInIsRecordedAsFailed() {
        String theirs = bruno.createGroup("Bruno's", CARLA);

        String id = ana.sendText(theirs, "hi").getString("messageId");

        assertThat(SimState.of(SIM).message(id).get("status")).isEqualTo("failed");
    }

    @Test
    void aMessageToAPersonOpensAContactChat() {
        ana.sendText(CARLA, "hi Carla");

        assertThat(ana.list("/chats").findValuesAsText("phone")).contains(CARLA);
        ana.raw().get("/chats/" + CARLA).then().statusCode(200)
                .body("phone", equalTo(CARLA)).body("isGroup", equalTo(false));
    }

    @Test
    void mentionAllOutsideAGroupIsRefusedWithTheDocumentedText() {
        ana.raw().body(Map.of("phone", CARLA, "message", "hi", "mentionAll", true)).post("/send-text")
                .then().statusCode(400).body("error", equalTo("mentionAll can only be used in groups"));
    }

    @Test
    void mentionAllInAGroupIsAccepted() {
        ana.raw().body(Map.of("phone", hub.announcement(), "message", "hi all", "mentionAll", true))
                .post("/send-text").then().statusCode(200);
    }

    @Test
    void anInvalidPhoneOrAMissingMessageIsRefused() {
        ana.raw().body(Map.of("phone", "12ab", "message", "hi")).post("/send-text")
                .then().statusCode(400).body("error", equalTo("Invalid phone"));
        ana.raw().body(Map.of("phone", hub.announcement() .replace("-group", "@g.us"), "message", "hi"))
                .post("/send-text").then().statusCode(400).body("error", equalTo("Invalid phone"));
        ana.raw().body(Map.of("phone", CARLA)).post("/send-text")
                .then().statusCode(400).body("error", equalTo("'message' is required"));
        ana.raw().body(Map.of("phone", CARLA, "message", "hi", "delayMessage", 16)).post("/send-text")
                .then().statusCode(400).body("error", equalTo("'delayMessage' must be an integer from 1 to 15"));
        assertThat(SimState.of(SIM).messageCount()).isZero();
    }
}
