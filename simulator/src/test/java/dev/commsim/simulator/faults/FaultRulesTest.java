package dev.commsim.simulator.faults;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fault rules on the Whapi dialect, the way a user reproduces a provider failure. */
class FaultRulesTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private WhapiClient alice;

    @BeforeEach
    void scene() {
        alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
    }

    private static String addFault(String json) {
        return SIM.control().body(json).post("/_sim/faults").then().statusCode(201).extract().path("id");
    }

    private static JsonPath faults() {
        return SIM.control().get("/_sim/faults").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath lastJournalEntry() {
        return SIM.control().queryParam("limit", 1).get("/_sim/journal").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theThirdSendAnswers500OnceAndTheRetrySucceeds() {
        alice.send(BOB, "one").then().statusCode(200);
        alice.send(BOB, "two").then().statusCode(200);
        String id = addFault("{\"method\":\"POST\",\"path\":\"/messages/text\",\"status\":500,\"times\":1}");

        alice.send(BOB, "three").then().statusCode(500)
                .body("error.code", equalTo(500))
                .body("error.message", equalTo("Internal Server Error"));
        alice.send(BOB, "three, retried").then().statusCode(200).body("sent", equalTo(true));

        JsonPath rules = faults();
        assertThat(rules.getString("faults[0].id")).isEqualTo(id);
        assertThat(rules.getInt("faults[0].fired")).isEqualTo(1);
        assertThat(rules.getInt("faults[0].remaining")).isZero();
        List<String> sent = SIM.control().get("/_sim/state").then().extract().path("messages.text");
        assertThat(sent).hasSize(3).doesNotContain("three");
    }

    @Test
    void aDelayAloneDelaysThenServesNormally() {
        addFault("{\"method\":\"GET\",\"path\":\"/groups\",\"delayMillis\":200}");
        long started = System.nanoTime();

        alice.raw().get("/groups").then().statusCode(200).body("groups", hasSize(0));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        JsonPath entry = lastJournalEntry();
        assertThat(entry.getString("entries[0].outcome")).isEqualTo("delayed");
        assertThat(entry.getDouble("entries[0].latencyMillis")).isGreaterThanOrEqualTo(200.0);
    }

    @Test
    void aRandomDelayLastsAtLeastItsMinimum() {
        addFault("{\"path\":\"/groups\",\"delayRandomMillis\":{\"min\":100,\"max\":150},\"seed\":7}");

        alice.raw().get("/groups").then().statusCode(200);

        assertThat(lastJournalEntry().getDouble("entries[0].latencyMillis")).isGreaterThanOrEqualTo(100.0);
    }

    @Test
    void droppingTheConnectionOnLinkLeavesTheWorldUnchanged() throws Exception {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String engineering = alice.createGroup("Engineering", BOB);
        String before = StateInvariants.snapshot(SIM);
        addFault("{\"method\":\"PUT\",\"path\":\"/communities/*/*\",\"drop\":true}");

        HttpRequest link = HttpRequest.newBuilder(URI.create(SIM.baseUrl() + "/communities/" + hub.id() + "/" + engineering))
                .header("Authorization", "Bearer tok-alice")
                .PUT(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10))
                .build();
        assertThatThrownBy(() -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(link, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
        assertThat(lastJournalEntry().getString("entries[0].outcome")).isEqualTo("dropped");
        SIM.control().delete("/_sim/faults").then().statusCode(200).body("removed", equalTo(1));
        alice.link(hub.id(), engineering).then().statusCode(200);
    }

    @Test
    void aGivenBodyIsAnsweredAsIs() {
        addFault("{\"path\":\"/messages/text\",\"status\":401,"
                + "\"body\":{\"error\":{\"code\":401,\"message\":\"Need channel authorization for send message\"}}}");

        alice.send(BOB, "hi").then().statusCode(401)
                .body("error.message", equalTo("Need channel authorization for send message"));
    }

    @Test
    void aGivenMessageGoesIntoWhapisErrorShape() {
        addFault("{\"path\":\"/groups\",\"status\":503,\"message\":\"Channel is restarting\"}");

        alice.raw().get("/groups").then().statusCode(503)
                .body("error.code", equalTo(503))
                .body("error.message", equalTo("Channel is restarting"));
    }

    @Test
    void aProbabilityWithASeedGivesTheSameSequenceTwice() {
        String rule = "{\"path\":\"/groups\",\"status\":503,\"probability\":0.5,\"seed\":42}";
        addFault(rule);
        List<Integer> first = statuses(20);
        SIM.control().post("/_sim/reset").then().statusCode(200);
        alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
        addFault(rule);

        List<Integer> second = statuses(20);

        assertThat(second).isEqualTo(first);
        assertThat(first).contains(200, 503);
        assertThat(faults().getInt("faults[0].fired")).isEqualTo((int) first.stream().filter(s -> s == 503).count());
    }

    private List<Integer> statuses(int count) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(alice.raw().get("/groups").statusCode());
        }
        return statuses;
    }

    @Test
    void aRuleForOneChannelLeavesTheOthersAlone() {
        WhapiClient bob = WhapiClient.declare(SIM, "tok-bob", BOB);
        addFault("{\"channel\":\"tok-alice\",\"status\":500}");

        alice.raw().get("/groups").then().statusCode(500);
        bob.raw().get("/groups").then().statusCode(200);
    }

    @Test
    void oneStarIsOneSegmentAndTwoStarsAreAny() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        addFault("{\"method\":\"GET\",\"path\":\"/communities/*\",\"status\":502}");

        alice.raw().get("/communities/" + hub.id()).then().statusCode(502);
        alice.raw().get("/communities/" + hub.id() + "/subgroups").then().statusCode(200);
        alice.raw().get("/communities").then().statusCode(200);

        SIM.control().delete("/_sim/faults").then().statusCode(200);
        addFault("{\"method\":\"GET\",\"path\":\"/communities/**\",\"status\":502}");
        alice.raw().get("/communities/" + hub.id() + "/subgroups").then().statusCode(502);
        alice.raw().get("/communities").then().statusCode(502);
    }

    @Test
    void theFirstMatchingRuleThatFiresWins() {
        addFault("{\"path\":\"/groups\",\"status\":500,\"times\":1}");
        addFault("{\"path\":\"/groups\",\"status\":503,\"times\":2}");

        assertThat(statuses(4)).containsExactly(500, 503, 503, 200);
    }

    @Test
    void theControlPlaneIsNeverFaulted() {
        addFault("{\"path\":\"/**\",\"status\":503}");
        addFault("{\"path\":\"/**\",\"drop\":true}");

        SIM.control().get("/_sim/state").then().statusCode(200);
        SIM.control().get("/_sim/faults").then().statusCode(200).body("faults", hasSize(2));
        alice.raw().get("/groups").then().statusCode(503);
    }

    @Test
    void resetForgetsEveryRule() {
        addFault("{\"status\":500}");

        SIM.control().post("/_sim/reset").then().statusCode(200);

        SIM.control().get("/_sim/faults").then().statusCode(200).body("faults", hasSize(0));
        WhapiClient.declare(SIM, "tok-alice", ALICE).raw().get("/groups").then().statusCode(200);
        assertThat(addFault("{\"status\":500}")).isEqualTo("f1");
    }

    @Test
    void aRuleIsListedAsPostedAndRemovedById() {
        SIM.control().body("{\"dialect\":\"whapi\",\"method\":\"post\",\"path\":\"/groups\",\"channel\":\"tok-alice\","
                        + "\"status\":500,\"times\":2,\"probability\":1,\"seed\":3}")
                .post("/_sim/faults").then().statusCode(201)
                .body("id", equalTo("f1")).body("method", equalTo("POST")).body("dialect", equalTo("whapi"))
                .body("fired", equalTo(0)).body("remaining", equalTo(2)).body("seed", equalTo(3));
        String unlimited = addFault("{\"delayMillis\":10}");
        assertThat(faults().getMap("faults[1]")).containsEntry("remaining", null);

        SIM.control().delete("/_sim/faults/f1").then().statusCode(200);
        SIM.control().delete("/_sim/faults/f1").then().statusCode(404).body("error", equalTo("no fault rule with id 'f1'"));

        assertThat(faults().getList("faults.id")).containsExactly(unlimited);
    }

    @Test
    void aRuleWithoutSeedDrawsFromTheSimulatorSeed() {
        SIM.control().body(Map.of("status", 500, "probability", 0.5)).post("/_sim/faults").then().statusCode(201)
                .body("seed", equalTo(1));
    }
}
