package dev.commsim.simulator.dialect.whapi;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static dev.commsim.simulator.support.Phones.ERIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R5: membership keeps flowing into the announcement group after the link, and only R4 or a community removal takes it out. */
class PropagationTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private WhapiClient alice;
    private WhapiClient.Community hub;
    private String engineering;

    @BeforeEach
    void scene() {
        alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
        hub = alice.createCommunity("Hub");
        engineering = alice.createGroup("Engineering", BOB);
        alice.linked(hub.id(), engineering);
    }

    @Test
    void aLaterAddToALinkedGroupAlsoJoinsTheAnnouncementGroup() {
        alice.addParticipants(engineering, CAROL).then().statusCode(200)
                .body("success", equalTo(true)).body("processed", contains(CAROL));

        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, BOB, CAROL);
        StateInvariants.check(SIM);
    }

    @Test
    void removingSomeoneFromALinkedGroupKeepsThemInTheCommunity() {
        alice.removeParticipants(engineering, BOB).then().statusCode(200).body("processed", contains(BOB));

        assertThat(alice.participants(engineering)).containsExactly(ALICE);
        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, BOB);
    }

    @Test
    void leavingALinkedGroupKeepsThePersonInTheCommunity() {
        WhapiClient bob = WhapiClient.declare(SIM, "tok-bob", BOB);

        bob.raw().delete("/groups/" + engineering).then().statusCode(200).body("success", equalTo(true));

        assertThat(alice.participants(engineering)).containsExactly(ALICE);
        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, BOB);
    }

    @Test
    void peopleAddedToTheCommunityItselfAreDirectMembersOfTheAnnouncementGroup() {
        alice.addToCommunity(hub.id(), DAVE).then().statusCode(200)
                .body("success", equalTo(true)).body("processed", contains(DAVE));

        assertThat(alice.participants(hub.announcementId())).contains(DAVE);
        assertThat(SIM.control().get("/_sim/state").then().extract().jsonPath()
                .getList("communities[0].directMembers")).containsExactly(DAVE);
        // a direct member stays when every group is unlinked
        alice.unlink(hub.id(), engineering).then().statusCode(200);
        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, DAVE);
    }

    @Test
    void removingSomeoneFromTheCommunityTakesThemOutOfTheAnnouncementGroupAndEveryLinkedGroup() {
        String sales = alice.createGroup("Sales", BOB, ERIN);
        alice.linked(hub.id(), sales);

        alice.raw().body(Map.of("participants", java.util.List.of(BOB)))
                .delete("/communities/" + hub.id() + "/participants")
                .then().statusCode(200).body("processed", contains(BOB));

        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, ERIN);
        assertThat(alice.participants(engineering)).containsExactly(ALICE);
        assertThat(alice.participants(sales)).containsExactlyInAnyOrder(ALICE, ERIN);
        StateInvariants.check(SIM);
    }

    @Test
    void promotingACommunityAdminChangesTheirRankInBothTwins() {
        alice.raw().body(Map.of("participants", java.util.List.of(BOB)))
                .patch("/communities/" + hub.id() + "/admins").then().statusCode(200)
                .body("processed", contains(BOB));

        assertThat(alice.group(hub.id()).getList("participants", Map.class))
                .contains(Map.of("id", BOB, "rank", "admin"));
        assertThat(alice.group(hub.announcementId()).getList("participants", Map.class))
                .contains(Map.of("id", BOB, "rank", "admin"));
        StateInvariants.check(SIM);

        alice.raw().body(Map.of("participants", java.util.List.of(BOB)))
                .delete("/communities/" + hub.id() + "/admins").then().statusCode(200);
        assertThat(alice.participants(hub.id())).containsExactly(ALICE);
        assertThat(alice.group(hub.announcementId()).getList("participants", Map.class))
                .contains(Map.of("id", BOB, "rank", "member"));
        StateInvariants.check(SIM);
    }

    @Test
    void theCommunityCreatorCannotBeDemoted() {
        alice.raw().body(Map.of("participants", java.util.List.of(ALICE)))
                .delete("/communities/" + hub.id() + "/admins").then().statusCode(200)
                .body("success", equalTo(false)).body("failed", contains(ALICE));

        assertThat(alice.participants(hub.id())).containsExactly(ALICE);
    }
}
