package dev.commsim.simulator.dialect.whapi;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static dev.commsim.simulator.support.Phones.ERIN;
import static dev.commsim.simulator.support.Phones.FRANK;
import static dev.commsim.simulator.support.Phones.NOT_ON_WHATSAPP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.Phones;
import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R6: limits are inclusive, judged per item in request order, and nothing is partly applied. */
class LimitsTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator().withWhapiChannel("tok-alice", ALICE);

    private final WhapiClient alice = SIM.client("tok-alice");

    @Test
    void the2000thMemberIsAcceptedAndThe2001stRefusedAtTheRealDefault() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        List<String> upTo2000 = new ArrayList<>();
        for (int i = 1; i <= 1999; i++) {
            upTo2000.add(Phones.numbered(i));
        }
        alice.raw().body(Map.of("participants", upTo2000)).post("/communities/" + hub.id() + "/participants")
                .then().statusCode(200).body("failed", empty());
        assertThat(alice.group(hub.announcementId()).getInt("participants_count")).isEqualTo(2000);

        alice.addToCommunity(hub.id(), Phones.numbered(2000)).then().statusCode(200)
                .body("success", equalTo(false)).body("failed", contains(Phones.numbered(2000)));

        assertThat(alice.group(hub.announcementId()).getInt("participants_count")).isEqualTo(2000);
        StateInvariants.check(SIM);
    }

    @Test
    void aBatchAddFillsTheCommunityInRequestOrderAndRefusesTheRest() {
        SIM.control().body("{\"maxCommunityMembers\":4}").put("/_sim/settings").then().statusCode(200);
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String engineering = alice.createGroup("Engineering", BOB);
        alice.linked(hub.id(), engineering);

        alice.addParticipants(engineering, CAROL, DAVE, ERIN, FRANK).then().statusCode(200)
                .body("success", equalTo(true))
                .body("processed", contains(CAROL, DAVE))
                .body("failed", contains(ERIN, FRANK));

        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, BOB, CAROL, DAVE);
        assertThat(alice.participants(engineering)).containsExactlyInAnyOrder(ALICE, BOB, CAROL, DAVE);
        StateInvariants.check(SIM);
    }

    @Test
    void anOrdinaryGroupHoldsAtMostMaxGroupSizeParticipants() {
        SIM.control().body("{\"maxGroupSize\":3}").put("/_sim/settings").then().statusCode(200);
        String group = alice.createGroup("Small", BOB);

        alice.addParticipants(group, CAROL, DAVE).then().statusCode(200)
                .body("processed", contains(CAROL)).body("failed", contains(DAVE));

        assertThat(alice.participants(group)).hasSize(3);
    }

    @Test
    void aGroupCreatedWithTooManyNumbersKeepsTheFirstOnesAndReportsTheRest() {
        SIM.control().body("{\"maxGroupSize\":3}").put("/_sim/settings").then().statusCode(200);

        alice.raw().body(Map.of("subject", "Small", "participants", List.of(BOB, CAROL, DAVE, NOT_ON_WHATSAPP)))
                .post("/groups").then().statusCode(200)
                .body("participants.id", contains(ALICE, BOB, CAROL))
                .body("unprocessed_participants", contains(DAVE, NOT_ON_WHATSAPP));
    }

    @Test
    void aNumberNotOnWhatsAppIsRefusedForThatNumberOnly() {
        String group = alice.createGroup("Group", BOB);

        alice.addParticipants(group, NOT_ON_WHATSAPP, CAROL, BOB).then().statusCode(200)
                .body("success", equalTo(true))
                .body("processed", contains(CAROL))
                .body("failed", contains(NOT_ON_WHATSAPP, BOB));
    }

    @Test
    void subjectsAreLimitedTo100CharactersAndDescriptionsTo2048() {
        String hundred = "x".repeat(100);
        alice.raw().body(Map.of("subject", hundred)).post("/communities").then().statusCode(200);
        String before = StateInvariants.snapshot(SIM);

        alice.raw().body(Map.of("subject", hundred + "x")).post("/communities").then().statusCode(400)
                .body("error.message", equalTo("Wrong request parameters"))
                .body("error.details", equalTo("subject must be at most 100 characters"));
        alice.raw().body(Map.of("subject", "ok", "description", "d".repeat(2049))).post("/communities")
                .then().statusCode(400).body("error.details", equalTo("description must be at most 2048 characters"));
        alice.raw().body(Map.of("subject", hundred + "x", "participants", List.of(BOB))).post("/groups")
                .then().statusCode(400);

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
        String group = alice.createGroup("Group", BOB);
        alice.raw().body(Map.of("description", "d".repeat(2048))).put("/groups/" + group).then().statusCode(200);
        alice.raw().body(Map.of("description", "d".repeat(2049))).put("/groups/" + group).then().statusCode(400);
    }
}
