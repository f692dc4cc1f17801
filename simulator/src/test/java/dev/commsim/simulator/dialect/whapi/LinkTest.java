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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R3: who may link what, and what a link does to the announcement group. */
class LinkTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator()
            .withWhapiChannel("tok-alice", ALICE).withWhapiChannel("tok-bob", BOB);

    private final WhapiClient alice = SIM.client("tok-alice");
    private final WhapiClient bob = SIM.client("tok-bob");

    @Test
    void linkingBringsEveryParticipantOfTheGroupIntoTheAnnouncementGroup() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String engineering = alice.createGroup("Engineering", BOB, CAROL);

        alice.link(hub.id(), engineering).then().statusCode(200).body("success", equalTo(true));

        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, BOB, CAROL);
        assertThat(alice.group(engineering).getString("linkedParent")).isEqualTo(hub.id());
        StateInvariants.check(SIM);
    }

    @Test
    void linkingTheSameGroupAgainToTheSameCommunityIsANoOpSuccess() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String engineering = alice.createGroup("Engineering", BOB);
        alice.linked(hub.id(), engineering);
        String before = StateInvariants.snapshot(SIM);

        alice.link(hub.id(), engineering).then().statusCode(200).body("success", equalTo(true));

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
    }

    @Test
    void aGroupLinkedToAnotherCommunityIsRefusedAndNothingChanges() {
        WhapiClient.Community first = alice.createCommunity("First");
        WhapiClient.Community second = alice.createCommunity("Second");
        String engineering = alice.createGroup("Engineering", BOB);
        alice.linked(first.id(), engineering);
        String before = StateInvariants.snapshot(SIM);

        alice.link(second.id(), engineering).then().statusCode(422)
                .body("error.code", equalTo(422))
                .body("error.message", equalTo("Group cant link to community"))
                .body("error.details", equalTo("already linked to another community"));

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
        assertThat(alice.participants(second.announcementId())).containsExactly(ALICE);
    }

    @Test
    void theAnnouncementGroupAndTheParentCannotBeLinked() {
        WhapiClient.Community first = alice.createCommunity("First");
        WhapiClient.Community second = alice.createCommunity("Second");

        alice.link(second.id(), first.announcementId()).then().statusCode(422)
                .body("error.details", equalTo("not an ordinary group"));
        alice.link(second.id(), first.id()).then().statusCode(422)
                .body("error.details", equalTo("not an ordinary group"));
    }

    @Test
    void onlyAnAdminOfTheParentMayLink() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        alice.addToCommunity(hub.id(), BOB).then().statusCode(200);
        String bobsGroup = bob.createGroup("Bob's group", CAROL);
        String before = StateInvariants.snapshot(SIM);

        bob.link(hub.id(), bobsGroup).then().statusCode(403).body("error.message", equalTo("Not permission"));

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
    }

    @Test
    void theCallerMustAlsoBeAnAdminOfTheGroup() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String bobsGroup = bob.createGroup("Bob's group", ALICE);

        alice.link(hub.id(), bobsGroup).then().statusCode(403);

        bob.raw().body("{\"participants\":[\"" + ALICE + "\"]}").patch("/groups/" + bobsGroup + "/admins")
                .then().statusCode(200);
        alice.link(hub.id(), bobsGroup).then().statusCode(200);
        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, BOB);
    }

    @Test
    void aGroupTheCallerIsNotInIsNotFound() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String bobsGroup = bob.createGroup("Bob's group", CAROL);

        alice.link(hub.id(), bobsGroup).then().statusCode(404)
                .body("error.message", equalTo("Specified group not found"));
    }

    @Test
    void theFiftyFirstLinkIsRefusedAtTheRealDefault() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        for (int i = 1; i <= 50; i++) {
            alice.linked(hub.id(), alice.createGroup("Group " + i, BOB));
        }
        String fiftyFirst = alice.createGroup("Group 51", BOB);

        alice.link(hub.id(), fiftyFirst).then().statusCode(422)
                .body("error.details", equalTo("linked group limit reached"));

        assertThat(alice.raw().get("/communities/" + hub.id() + "/subgroups").then().extract()
                .jsonPath().getList("otherGroups")).hasSize(50);
        StateInvariants.check(SIM);
    }

    @Test
    void aLinkThatWouldPassTheMemberLimitIsRefusedWhole() {
        SIM.control().body("{\"maxCommunityMembers\":3}").put("/_sim/settings").then().statusCode(200);
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String big = alice.createGroup("Big", BOB, CAROL, DAVE);
        String before = StateInvariants.snapshot(SIM);

        alice.link(hub.id(), big).then().statusCode(422)
                .body("error.details", equalTo("community member limit reached"));

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
        assertThat(alice.participants(hub.announcementId())).containsExactly(ALICE);
    }

    @Test
    void aLinkThatExactlyReachesTheMemberLimitIsAccepted() {
        SIM.control().body("{\"maxCommunityMembers\":4}").put("/_sim/settings").then().statusCode(200);
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String big = alice.createGroup("Big", BOB, CAROL, DAVE);

        alice.link(hub.id(), big).then().statusCode(200);

        assertThat(alice.participants(hub.announcementId())).hasSize(4);
        StateInvariants.check(SIM);
    }

    @Test
    void creatingAGroupInsideTheCommunityCreatesAndLinksIt() {
        WhapiClient.Community hub = alice.createCommunity("Hub");

        String id = alice.raw().body("{\"subject\":\"Inside\",\"participants\":[\"" + BOB + "\"]}")
                .post("/communities/" + hub.id()).then().statusCode(200)
                .body("linkedParent", equalTo(hub.id())).body("name", equalTo("Inside"))
                .extract().path("id");

        assertThat(alice.participants(hub.announcementId())).containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(alice.listedGroupIds()).contains(id);
    }

    @Test
    void creatingAGroupInsideAFullCommunityCreatesNothing() {
        SIM.control().body("{\"maxLinkedGroups\":1}").put("/_sim/settings").then().statusCode(200);
        WhapiClient.Community hub = alice.createCommunity("Hub");
        alice.linked(hub.id(), alice.createGroup("One", BOB));
        String before = StateInvariants.snapshot(SIM);

        alice.raw().body("{\"subject\":\"Two\",\"participants\":[\"" + CAROL + "\"]}")
                .post("/communities/" + hub.id()).then().statusCode(422)
                .body("error.details", equalTo("linked group limit reached"));

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
    }
}
