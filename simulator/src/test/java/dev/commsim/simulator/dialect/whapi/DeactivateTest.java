package dev.commsim.simulator.dialect.whapi;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R8: deactivation unlinks every group, removes the twins, and the community id answers 404. */
class DeactivateTest {
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
    void deactivationLeavesLinkedGroupsAsOrdinaryGroupsAndTheCommunityAnswers404() {
        alice.raw().delete("/communities/" + hub.id()).then().statusCode(200).body("success", equalTo(true));

        alice.raw().get("/communities/" + hub.id()).then().statusCode(404)
                .body("error.message", equalTo("Community not found"));
        alice.raw().get("/communities/" + hub.id() + "/subgroups").then().statusCode(404);
        assertThat(alice.listedGroupIds()).containsExactly(engineering);
        assertThat(alice.group(engineering).getString("linkedParent")).isNull();
        assertThat(alice.participants(engineering)).containsExactlyInAnyOrder(ALICE, BOB);
        alice.raw().get("/groups/" + hub.announcementId()).then().statusCode(404);
        alice.raw().get("/communities").then().statusCode(200).body("total", equalTo(0));
        StateInvariants.check(SIM);
    }

    @Test
    void theFormerlyLinkedGroupCanJoinAnotherCommunity() {
        alice.raw().delete("/communities/" + hub.id()).then().statusCode(200);
        WhapiClient.Community next = alice.createCommunity("Next");

        alice.link(next.id(), engineering).then().statusCode(200);
    }

    @Test
    void aMemberWhoIsNotAnAdminCannotDeactivate() {
        WhapiClient bob = WhapiClient.declare(SIM, "tok-bob", BOB);
        String before = StateInvariants.snapshot(SIM);

        bob.raw().delete("/communities/" + hub.id()).then().statusCode(403)
                .body("error.message", equalTo("Not permission"));

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
    }
}
