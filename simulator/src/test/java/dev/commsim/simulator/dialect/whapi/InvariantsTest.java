package dev.commsim.simulator.dialect.whapi;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static dev.commsim.simulator.support.Phones.ERIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** I1-I6, one story each, read back from {@code /_sim/state} after the requests a user would make. */
class InvariantsTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private WhapiClient alice;
    private WhapiClient.Community hub;

    @BeforeEach
    void scene() {
        alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
        hub = alice.createCommunity("Hub");
    }

    @Test
    void i1TheAnnouncementGroupKeepsItsParentItsModeAndTheCommunityName() {
        alice.raw().body(Map.of("subject", "Renamed")).put("/groups/" + hub.announcementId()).then().statusCode(200);
        alice.raw().body(Map.of("setting", "send_messages", "policy", "anyone"))
                .patch("/groups/" + hub.announcementId()).then().statusCode(400);

        assertThat(alice.group(hub.id()).getString("name")).isEqualTo("Renamed");
        StateInvariants.check(SIM);
    }

    @Test
    void i2AGroupHasOneParentAndOnlyOrdinaryGroupsAreLinked() {
        WhapiClient.Community other = alice.createCommunity("Other");
        String group = alice.createGroup("G", BOB);
        alice.linked(hub.id(), group);

        alice.link(other.id(), group).then().statusCode(422);
        alice.link(other.id(), hub.announcementId()).then().statusCode(422);

        JsonPath state = SIM.control().get("/_sim/state").then().extract().jsonPath();
        assertThat(state.getList("communities.linkedGroups.flatten()")).containsExactly(group.replace("@g.us", ""));
        StateInvariants.check(SIM);
    }

    @Test
    void i3EveryLinkedParticipantAndEveryAdminIsInTheAnnouncementGroup() {
        String engineering = alice.createGroup("Engineering", BOB);
        String sales = alice.createGroup("Sales", BOB, CAROL);
        alice.linked(hub.id(), engineering);
        alice.linked(hub.id(), sales);
        alice.addParticipants(engineering, DAVE).then().statusCode(200);
        alice.unlink(hub.id(), sales).then().statusCode(200);
        alice.addParticipants(sales, ERIN).then().statusCode(200);

        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, BOB, DAVE);
        StateInvariants.check(SIM);
    }

    @Test
    void i4TheAnnouncementGroupNeverPassesTheMemberLimit() {
        SIM.control().body("{\"maxCommunityMembers\":3}").put("/_sim/settings").then().statusCode(200);
        String group = alice.createGroup("G", BOB);
        alice.linked(hub.id(), group);

        alice.addParticipants(group, CAROL, DAVE).then().statusCode(200);
        alice.addToCommunity(hub.id(), ERIN).then().statusCode(200);
        alice.link(hub.id(), alice.createGroup("H", DAVE, ERIN)).then().statusCode(422);

        assertThat(alice.participants(hub.announcementId())).hasSize(3);
        StateInvariants.check(SIM);
    }

    @Test
    void i5TheParentHoldsExactlyTheCommunityAdmins() {
        alice.addToCommunity(hub.id(), BOB, CAROL).then().statusCode(200);
        alice.raw().body(Map.of("participants", List.of(BOB, CAROL))).patch("/communities/" + hub.id() + "/admins")
                .then().statusCode(200);
        alice.raw().body(Map.of("participants", List.of(CAROL))).delete("/communities/" + hub.id() + "/admins")
                .then().statusCode(200);
        alice.raw().body(Map.of("participants", List.of(BOB))).delete("/communities/" + hub.id() + "/participants")
                .then().statusCode(200);

        assertThat(alice.participants(hub.id())).containsExactly(ALICE);
        StateInvariants.check(SIM);
    }

    @Test
    void i6ARefusedRequestChangesNothing() {
        WhapiClient bob = WhapiClient.declare(SIM, "tok-bob", BOB);
        String group = alice.createGroup("G", BOB);
        alice.linked(hub.id(), group);
        SIM.control().body("{\"maxLinkedGroups\":1}").put("/_sim/settings").then().statusCode(200);
        String before = StateInvariants.snapshot(SIM);

        alice.raw().body(Map.of("subject", "Refused", "participants", List.of())).post("/groups").then().statusCode(400);
        bob.link(hub.id(), group).then().statusCode(403);
        bob.unlink(hub.id(), group).then().statusCode(403);
        bob.raw().delete("/communities/" + hub.id()).then().statusCode(403);
        bob.send(hub.announcementId(), "hi").then().statusCode(403);
        bob.addToCommunity(hub.id(), CAROL).then().statusCode(403);
        bob.addParticipants(group, CAROL).then().statusCode(403);
        bob.raw().body(Map.of("setting", "send_messages", "policy", "admins")).patch("/groups/" + group)
                .then().statusCode(403);
        alice.raw().body(Map.of("subject", "")).post("/communities").then().statusCode(400);
        alice.raw().body(Map.of("participants", List.of(BOB, DAVE))).patch("/groups/" + group + "/admins")
                .then().statusCode(404);

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
    }
}
