package dev.commsim.simulator.dialect.whapi;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * R4 under each unlink policy. The scene: Bob is in two linked groups, Carol only in the one that
 * is unlinked, Dave is a direct member who is also in it, Alice is the community's creator.
 */
class UnlinkTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private WhapiClient alice;
    private WhapiClient.Community hub;
    private String engineering;
    private String sales;

    @BeforeEach
    void scene() {
        alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
        hub = alice.createCommunity("Hub");
        engineering = alice.createGroup("Engineering", BOB, CAROL, DAVE);
        sales = alice.createGroup("Sales", BOB);
        alice.addToCommunity(hub.id(), DAVE).then().statusCode(200);
        alice.linked(hub.id(), engineering);
        alice.linked(hub.id(), sales);
        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, BOB, CAROL, DAVE);
    }

    private void policy(String name) {
        SIM.control().body("{\"unlinkPolicy\":\"" + name + "\"}").put("/_sim/settings").then().statusCode(200);
    }

    @Test
    void underOrphansOnlyThoseLeftInNoLinkedGroupLeaveTheAnnouncementGroup() {
        policy("orphans");

        alice.unlink(hub.id(), engineering).then().statusCode(200).body("success", equalTo(true));

        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, BOB, DAVE);
        assertThat(alice.participants(engineering)).containsExactlyInAnyOrder(ALICE, BOB, CAROL, DAVE);
        assertThat(alice.group(engineering).getString("linkedParent")).isNull();
        StateInvariants.check(SIM);
    }

    @Test
    void underAllEveryParticipantButTheAdminsLeaves() {
        policy("all");

        alice.unlink(hub.id(), engineering).then().statusCode(200);

        assertThat(alice.participants(hub.announcementId())).containsExactly(ALICE);
        StateInvariants.check(SIM);
    }

    @Test
    void underNoneNobodyLeaves() {
        policy("none");

        alice.unlink(hub.id(), engineering).then().statusCode(200);

        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, BOB, CAROL, DAVE);
        StateInvariants.check(SIM);
    }

    @Test
    void unlinkingTheLastLinkedGroupIsAllowedOnWhapi() {
        alice.unlink(hub.id(), engineering).then().statusCode(200);
        alice.unlink(hub.id(), sales).then().statusCode(200);

        assertThat(alice.raw().get("/communities/" + hub.id() + "/subgroups").then().extract()
                .jsonPath().getList("otherGroups")).isEmpty();
        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, DAVE);
    }

    @Test
    void aGroupNotLinkedToThisCommunityIsRefusedWithA400() {
        alice.unlink(hub.id(), engineering).then().statusCode(200);
        String before = StateInvariants.snapshot(SIM);

        alice.unlink(hub.id(), engineering).then().statusCode(400)
                .body("error.message", equalTo("Wrong request parameters"))
                .body("error.details", equalTo("group is not linked to this community"));

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
    }

    @Test
    void onlyACommunityAdminMayUnlink() {
        WhapiClient bob = WhapiClient.declare(SIM, "tok-bob", BOB);
        String before = StateInvariants.snapshot(SIM);

        bob.unlink(hub.id(), engineering).then().statusCode(403).body("error.message", equalTo("Not permission"));

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
    }

    @Test
    void relinkingAfterAnUnlinkBringsThePeopleBack() {
        alice.unlink(hub.id(), engineering).then().statusCode(200);
        alice.linked(hub.id(), engineering);

        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, BOB, CAROL, DAVE);
        StateInvariants.check(SIM);
    }
}
