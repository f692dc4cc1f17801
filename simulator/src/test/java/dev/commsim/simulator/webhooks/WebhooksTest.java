package dev.commsim.simulator.webhooks;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.WebhookReceiver;
import dev.commsim.simulator.support.WhapiClient;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Webhooks in each provider's format, propagation into the announcement group included, with retries and a log. */
class WebhooksTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private WebhookReceiver receiver;
    private WhapiClient alice;

    @BeforeEach
    void scene() {
        receiver = new WebhookReceiver();
        alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private static boolean hasText(JsonNode node, String path, String value) {
        return value.equals(node.at(path).asText());
    }

    @Test
    void aWhapiChannelHearsItsPropagationIntoTheAnnouncementGroup() {
        WhapiClient bob = WhapiClient.declare(SIM, "tok-bob", BOB);
        bob.raw().body(Map.of("webhooks", List.of(Map.of("url", receiver.url(), "mode", "body",
                "events", List.of(Map.of("type", "groups", "method", "put"), Map.of("type", "groups", "method", "post"))))))
                .patch("/settings").then().statusCode(200);
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String group = alice.createGroup("Engineering", BOB, CAROL);

        alice.linked(hub.id(), group);

        JsonNode created = receiver.await(p -> p.has("groups") && hasText(p, "/groups/0/id", group));
        assertThat(created.at("/event/type").asText()).isEqualTo("groups");
        assertThat(created.at("/event/event").asText()).isEqualTo("post");
        JsonNode propagated = receiver.await(p -> hasText(p, "/groups_participants/0/group_id", hub.announcementId()));
        assertThat(propagated.at("/groups_participants/0/action").asText()).isEqualTo("add");
        assertThat(propagated.at("/groups_participants/0/participants").toString()).contains(BOB, CAROL);
        assertThat(propagated.at("/event/event").asText()).isEqualTo("put");
        assertThat(propagated.at("/channel_id").asText()).startsWith("SIMUL-");
        bob.raw().get("/settings").then().statusCode(200).body("webhooks[0].url", org.hamcrest.Matchers.equalTo(receiver.url()));
    }

    @Test
    void aWhapiEventFilterKeepsOtherEventsAway() {
        alice.raw().body(Map.of("webhooks", List.of(Map.of("url", receiver.url(),
                "events", List.of(Map.of("type", "groups", "method", "post")))))).patch("/settings").then().statusCode(200);

        String group = alice.createGroup("Engineering", BOB);
        alice.addParticipants(group, CAROL).then().statusCode(200);

        receiver.await(p -> hasText(p, "/groups/0/id", group));
        JsonPath log = SIM.control().get("/_sim/webhooks/deliveries").then().extract().jsonPath();
        assertThat(log.<String>getList("deliveries.event")).containsOnly("groups.post");
    }

    @Test
    void aZapiInstanceHearsTheFailedDeliveryOfAForbiddenPost() {
        SIM.control().body(Map.of("dialect", "zapi", "instanceId", "BOB-I", "token", "BOB-T", "phone", BOB))
                .post("/_sim/channels").then().statusCode(201);
        SIM.zapi("BOB-I", "BOB-T").body(Map.of("value", receiver.url())).put("/update-every-webhooks")
                .then().statusCode(200);
        WhapiClient.Community hub = alice.createCommunity("Hub");
        alice.linked(hub.id(), alice.createGroup("Engineering", BOB));
        String announcement = hub.announcementId().replace("@g.us", "-group");

        String messageId = SIM.zapi("BOB-I", "BOB-T").body(Map.of("phone", announcement, "message", "hi all"))
                .post("/send-text").then().statusCode(200).extract().path("messageId");

        JsonNode callback = receiver.await(p -> hasText(p, "/type", "DeliveryCallback"));
        assertThat(callback.get("messageId").asText()).isEqualTo(messageId);
        assertThat(callback.get("phone").asText()).isEqualTo(announcement);
        assertThat(callback.get("instanceId").asText()).isEqualTo("BOB-I");
        assertThat(callback.get("error").asText()).isEqualTo("You can't message this group as you don't have permission");
        assertThat(callback.get("zaapId").asText()).hasSize(32);
        JsonNode added = receiver.await(p -> hasText(p, "/notification", "GROUP_PARTICIPANT_ADD")
                && hasText(p, "/phone", announcement));
        assertThat(added.get("type").asText()).isEqualTo("ReceivedCallback");
        assertThat(added.get("notificationParameters").toString()).contains(BOB);
        assertThat(added.get("connectedPhone").asText()).isEqualTo(BOB);
    }

    @Test
    void aFailingReceiverIsRetriedAndTheLogShowsEachOutcome() {
        receiver.answer(call -> call <= 2 ? 500 : 200);
        SIM.control().body(Map.of("dialect", "whapi", "token", "tok-alice", "url", receiver.url()))
                .put("/_sim/webhooks").then().statusCode(200);

        String group = alice.createGroup("Engineering", BOB);

        receiver.await(p -> hasText(p, "/groups/0/id", group));
        Map<String, Object> delivery = awaitDelivery("delivered");
        assertThat(delivery).containsEntry("attempts", 3).containsEntry("lastStatus", 200).containsEntry("channel", "tok-alice");
    }

    @Test
    void aWhapiGroupsPostCarriesTheGroupAsGetGroupsShowsIt() throws Exception {
        alice.raw().body(Map.of("webhooks", List.of(Map.of("url", receiver.url(),
                "events", List.of(Map.of("type", "groups", "method", "post")))))).patch("/settings").then().statusCode(200);

        String group = alice.createGroup("Engineering", BOB);

        JsonNode posted = receiver.await(p -> hasText(p, "/groups/0/id", group)).at("/groups/0");
        JsonNode read = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(alice.raw().get("/groups/" + group).then().statusCode(200).extract().asString());
        assertThat(posted).isEqualTo(read);
    }

    @Test
    void aReceiverThatNeverAnswersWellEndsAsAFailedDelivery() {
        receiver.answer(call -> 503);
        SIM.control().body(Map.of("dialect", "whapi", "token", "tok-alice", "url", receiver.url()))
                .put("/_sim/webhooks").then().statusCode(200);

        alice.createGroup("Engineering", BOB);

        Map<String, Object> delivery = awaitDelivery("failed");
        assertThat(delivery).containsEntry("attempts", 3).containsEntry("lastStatus", 503).containsEntry("error", "HTTP 503");
        assertThat(receiver.calls()).isEqualTo(3);
    }

    @Test
    void badWebhookSettingsAreRefusedInEachProvidersShape() {
        alice.raw().body(Map.of("webhooks", List.of(Map.of("url", "ftp://nowhere")))).patch("/settings")
                .then().statusCode(400).body("error.details", containsString("url"));
        SIM.zapi("I", "T").body(Map.of("value", "not a url")).put("/update-webhook-received")
                .then().statusCode(400).body("error", containsString("value"));
        SIM.control().body(Map.of("dialect", "whapi", "token", "t")).put("/_sim/webhooks").then().statusCode(400);
        SIM.control().post("/_sim/reset").then().statusCode(200);
        assertThat(SIM.control().get("/_sim/webhooks").then().extract().jsonPath().getList("webhooks")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> awaitDelivery(String state) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> deliveries = SIM.control().queryParam("state", state)
                    .get("/_sim/webhooks/deliveries").then().statusCode(200).extract().jsonPath().getList("deliveries");
            if (!deliveries.isEmpty()) {
                return deliveries.get(0);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no " + state + " delivery within 10 s");
    }
}
