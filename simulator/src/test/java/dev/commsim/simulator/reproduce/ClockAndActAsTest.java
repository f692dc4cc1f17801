package dev.commsim.simulator.reproduce;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.WhapiClient;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Moving the clock, making someone else act, and reading what was sent. */
class ClockAndActAsTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator().withWhapiChannel("tok-alice", ALICE);

    private final WhapiClient alice = SIM.client("tok-alice");

    @Test
    void timestampsFollowTheSimulatedClock() {
        SIM.control().body(Map.of("now", "2030-01-01T00:00:00Z")).put("/_sim/clock").then().statusCode(200)
                .body("epochMillis", equalTo(1893456000000L));
        String group = alice.createGroup("Dated", BOB);
        assertThat(alice.group(group).getLong("created_at")).isBetween(1893456000L, 1893456005L);

        SIM.control().body(Map.of("seconds", 3600)).post("/_sim/clock/advance").then().statusCode(200);
        alice.raw().body(Map.of("subject", "Renamed")).put("/groups/" + group).then().statusCode(200);

        assertThat(alice.group(group).getLong("name_at")).isBetween(1893459600L, 1893459605L);
        SIM.control().post("/_sim/reset").then().statusCode(200);
        assertThat(SIM.control().get("/_sim/clock").then().extract().<Long>path("epochMillis"))
                .isLessThan(1893456000000L);
    }

    @Test
    void badClockRequestsAreRefused() {
        SIM.control().body(Map.of("now", "yesterday")).put("/_sim/clock").then().statusCode(400);
        SIM.control().body(Map.of("seconds", 1, "millis", 1)).post("/_sim/clock/advance").then().statusCode(400);
        SIM.control().body(Map.of()).post("/_sim/clock/advance").then().statusCode(400);
    }

    @Test
    void someoneElseJoinsByInviteAndLeavesAsTheRulesAllow() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String group = alice.createGroup("Engineering", BOB);
        alice.linked(hub.id(), group);
        String code = alice.raw().get("/groups/" + group + "/invite").then().extract().path("invite_code");

        SIM.control().body(Map.of("inviteCode", code)).post("/_sim/act-as/" + CAROL + "/join").then()
                .statusCode(200).body("joined", equalTo(true));
        assertThat(alice.participants(group)).contains(CAROL);
        assertThat(alice.participants(hub.announcementId())).contains(CAROL);

        SIM.control().body(Map.of("groupId", group)).post("/_sim/act-as/" + CAROL + "/leave").then().statusCode(200);
        assertThat(alice.participants(group)).doesNotContain(CAROL);
        assertThat(alice.participants(hub.announcementId())).contains(CAROL);

        SIM.control().body(Map.of("inviteCode", "NoSuchCode12345")).post("/_sim/act-as/" + DAVE + "/join").then()
                .statusCode(404).body("reason", equalTo("INVITE_NOT_FOUND"));
    }

    @Test
    void someoneElseSendsAndTheRulesOfPostingHold() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        alice.linked(hub.id(), alice.createGroup("Engineering", BOB, CAROL));

        SIM.control().body(Map.of("to", hub.announcementId(), "text", "may I?")).post("/_sim/act-as/" + BOB + "/send")
                .then().statusCode(403).body("reason", equalTo("SEND_FORBIDDEN"));
        String engineering = alice.listedGroupIds().stream()
                .filter(id -> !id.equals(hub.id()) && !id.equals(hub.announcementId())).findFirst().orElseThrow();
        SIM.control().body(Map.of("to", engineering, "text", "hello team")).post("/_sim/act-as/" + BOB + "/send")
                .then().statusCode(200).body("status", equalTo("sent"));

        JsonPath messages = SIM.control().queryParam("chatId", engineering).get("/_sim/messages").then()
                .statusCode(200).extract().jsonPath();
        assertThat(messages.<String>getList("messages.text")).containsExactly("hello team");
        assertThat(messages.<String>getList("messages[0].recipients")).containsExactlyInAnyOrder(ALICE, CAROL);
        assertThat(messages.<String>getList("messages.from")).isEqualTo(List.of(BOB));
        SIM.control().queryParam("status", "bogus").get("/_sim/messages").then().statusCode(400);
    }
}
