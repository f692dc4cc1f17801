package dev.commsim.simulator.dialect.whapi;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.Phones;
import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import dev.commsim.simulator.support.Wire;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wire: auth, ids, paging and every kind of bad request, each in Whapi's error envelope, none a 500. */
class WhapiProtocolTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator().withWhapiChannel("tok-alice", ALICE);

    private final WhapiClient alice = SIM.client("tok-alice");

    @Test
    void aMissingTokenIs401() {
        RestAssured.given().baseUri(SIM.baseUrl()).get("/groups").then().statusCode(401)
                .body("error.code", equalTo(401)).body("error.message", equalTo("Unauthorized"));
    }

    @Test
    void theTokenMayComeInTheQueryStringButTheHeaderWins() {
        String group = alice.createGroup("Group", BOB);

        RestAssured.given().baseUri(SIM.baseUrl()).queryParam("token", "tok-alice").get("/groups/" + group)
                .then().statusCode(200);
        RestAssured.given().baseUri(SIM.baseUrl()).queryParam("token", "tok-alice")
                .header("Authorization", "Bearer tok-stranger").get("/groups/" + group).then().statusCode(404);
    }

    @Test
    void anUnseenTokenIsProvisionedWithAStablePhone() {
        String first = SIM.whapi("tok-new").get("/health").then().statusCode(200)
                .body("status.text", equalTo("AUTH")).extract().path("user.id");
        String again = SIM.whapi("tok-new").get("/health").then().extract().path("user.id");

        assertThat(first).matches("\\d{7,15}").isEqualTo(again);
    }

    @Test
    void strictModeRefusesUndeclaredTokensWithChannelNotFound() {
        SIM.control().body("{\"strictAuth\":true}").put("/_sim/settings").then().statusCode(200);

        SIM.whapi("tok-undeclared").get("/groups").then().statusCode(404)
                .body("error.message", equalTo("Channel not found"));
        alice.raw().get("/groups").then().statusCode(200);
    }

    @Test
    void unknownPathsAre404AndWrongMethodsAre405InTheErrorEnvelope() {
        alice.raw().get("/no/such/thing").then().statusCode(404).body("error.code", equalTo(404));
        alice.raw().delete("/messages/text").then().statusCode(405).body("error.code", equalTo(405));
        alice.raw().post("/groups/120363000000000001@g.us/invite").then().statusCode(405);
    }

    @Test
    void malformedBodiesAre400NamingTheProblemAndChangeNothing() {
        String before = StateInvariants.snapshot(SIM);

        alice.raw().body("{\"subject\": ").post("/communities").then().statusCode(400)
                .body("error.message", equalTo("Wrong request parameters"))
                .body("error.details", equalTo("the body is not valid JSON"));
        alice.raw().body("[1,2]").post("/communities").then().statusCode(400)
                .body("error.details", equalTo("the body must be a JSON object"));
        alice.raw().body("{}").post("/communities").then().statusCode(400)
                .body("error.details", equalTo("'subject' is required"));
        alice.raw().body(Map.of("subject", List.of("x"))).post("/communities").then().statusCode(400)
                .body("error.details", equalTo("'subject' must be a string"));
        alice.raw().body(Map.of("subject", "G", "participants", "15551110002")).post("/groups").then()
                .statusCode(400).body("error.details", equalTo("'participants' must be an array of strings"));
        alice.raw().body(Map.of("subject", "G", "participants", List.of("12ab"))).post("/groups").then()
                .statusCode(400).body("error.details", containsString("'participants' holds an invalid number: 12ab"));
        alice.raw().body(Map.of("to", "someone", "body", "x")).post("/messages/text").then().statusCode(400)
                .body("error.details", containsString("'to'"));
        alice.raw().body(Map.of("to", BOB, "body", "x", "typing_time", 61)).post("/messages/text").then()
                .statusCode(400).body("error.details", containsString("'typing_time'"));
        alice.raw().body(Map.of("setting", "colour", "policy", "admins")).patch("/groups/120363000000000001@g.us")
                .then().statusCode(400).body("error.details", containsString("'setting'"));

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
    }

    @Test
    void idsThatBreakTheirPatternAre400AndWellFormedUnknownOnesAre404() {
        alice.raw().get("/groups/not-a-group").then().statusCode(400).body("error.details", containsString("GroupID"));
        alice.raw().get("/groups/120363000000000001@g.us").then().statusCode(404);
        alice.raw().get("/communities/12@g.us").then().statusCode(400);
    }

    @Test
    void pathIdsMayBeUrlEncodedAndParticipantsMayCarryTheWhatsAppSuffix() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String group = alice.createGroup("Group", BOB + "@s.whatsapp.net");
        String encoded = group.replace("@", "%40");

        alice.raw().urlEncodingEnabled(false).put("/communities/" + hub.id().replace("@", "%40") + "/" + encoded)
                .then().statusCode(200);
        alice.raw().urlEncodingEnabled(false).get("/groups/" + encoded).then().statusCode(200)
                .body("participants.id", equalTo(List.of(ALICE, BOB)));
    }

    @Test
    void pagingCountAndOffsetAreValidated() {
        alice.raw().queryParam("count", 0).get("/groups").then().statusCode(400)
                .body("error.details", containsString("'count'"));
        alice.raw().queryParam("count", 501).get("/groups").then().statusCode(400);
        alice.raw().queryParam("offset", -1).get("/groups").then().statusCode(400);
        alice.raw().queryParam("count", "many").get("/chats").then().statusCode(400);
    }

    @Test
    void pagingSlicesTheListAndReportsTheTotal() {
        for (int i = 0; i < 5; i++) {
            alice.createGroup("Group " + i, BOB);
        }

        alice.raw().queryParam("count", 2).queryParam("offset", 4).get("/groups").then().statusCode(200)
                .body("count", equalTo(1)).body("total", equalTo(5)).body("offset", equalTo(4));
        alice.raw().queryParam("offset", 10).get("/groups").then().statusCode(200)
                .body("count", equalTo(0)).body("groups.size()", equalTo(0));
    }

    @Test
    void aBodyOverTheSizeLimitIs413() {
        String huge = "{\"subject\":\"" + "x".repeat(1_100_000) + "\"}";

        // Over a raw socket: the server answers 413 and closes before the whole body is sent, which
        // a typed client may report only as a broken pipe.
        Wire.Answer answer = new Wire(SIM.baseUrl()).json("POST", "/communities",
                Map.of("Authorization", "Bearer tok-alice"), huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"code\":413");
    }

    @Test
    void anAnswerLongerThanTheServersBufferArrivesWhole() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            many.add(Phones.numbered(1000 + i));
        }
        String big = alice.raw().body(Map.of("subject", "Big", "participants", many)).post("/groups")
                .then().statusCode(200).extract().path("id");
        String small = alice.createGroup("Small", BOB);

        Response list = alice.raw().get("/groups");
        assertThat(list.getHeader("Content-Length")).isEqualTo(Integer.toString(list.asByteArray().length));
        assertThat(list.asByteArray().length).as("over Undertow's 16 KB buffer").isGreaterThan(16 * 1024);
        assertThat(list.jsonPath().getList("groups.id")).contains(big, small);
        assertThat(list.jsonPath().getList("groups.find { it.id == '" + big + "' }.participants.id"))
                .hasSize(601).endsWith(Phones.numbered(1599));

        Response one = alice.raw().get("/groups/" + small);
        assertThat(one.getHeader("Content-Length")).isEqualTo(Integer.toString(one.asByteArray().length));
        assertThat(one.jsonPath().getList("participants.id")).containsExactly(ALICE, BOB);
    }

    @Test
    void theSameSeedAndTheSameRequestsGiveTheSameIds() {
        WhapiClient.Community first = alice.createCommunity("Hub");
        String firstGroup = alice.createGroup("Group", BOB);

        SIM.control().post("/_sim/reset").then().statusCode(200);
        WhapiClient again = WhapiClient.declare(SIM, "tok-alice", ALICE);
        WhapiClient.Community second = again.createCommunity("Hub");

        assertThat(second).isEqualTo(first);
        assertThat(again.createGroup("Group", BOB)).isEqualTo(firstGroup);
    }
}
