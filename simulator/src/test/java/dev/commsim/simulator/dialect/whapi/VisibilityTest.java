package dev.commsim.simulator.dialect.whapi;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R9: a channel sees and acts on only its own groups, widened for community members reading the community. */
class VisibilityTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator()
            .withWhapiChannel("tok-alice", ALICE).withWhapiChannel("tok-bob", BOB);

    private final WhapiClient alice = SIM.client("tok-alice");
    private final WhapiClient bob = SIM.client("tok-bob");

    @Test
    void aChannelCannotSeeOrTouchAGroupItIsNotIn() {
        String aliceOnly = alice.createGroup("Alice and Carol", CAROL);
        String before = StateInvariants.snapshot(SIM);

        assertThat(bob.listedGroupIds()).isEmpty();
        bob.raw().get("/groups/" + aliceOnly).then().statusCode(404)
                .body("error.message", equalTo("Specified group not found"));
        bob.addParticipants(aliceOnly, BOB).then().statusCode(404);
        bob.removeParticipants(aliceOnly, CAROL).then().statusCode(404);
        bob.raw().body(Map.of("subject", "hijacked")).put("/groups/" + aliceOnly).then().statusCode(404);
        bob.raw().get("/groups/" + aliceOnly + "/invite").then().statusCode(404);
        bob.raw().delete("/groups/" + aliceOnly).then().statusCode(404);

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
    }

    @Test
    void anUnknownGroupAndAnInvisibleOneAnswerTheSame() {
        String aliceOnly = alice.createGroup("Alice and Carol", CAROL);

        String invisible = bob.raw().get("/groups/" + aliceOnly).then().statusCode(404).extract().asString();
        String unknown = bob.raw().get("/groups/120363999999999999@g.us").then().statusCode(404).extract().asString();

        assertThat(invisible).isEqualTo(unknown);
    }

    @Test
    void everyMemberOfTheAnnouncementGroupMayReadTheCommunityWhichShowsOnlyItsAdmins() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        alice.linked(hub.id(), alice.createGroup("Engineering", BOB, CAROL));

        bob.raw().get("/communities/" + hub.id()).then().statusCode(200)
                .body("participants.id", equalTo(java.util.List.of(ALICE)))
                .body("is_parent", equalTo(true))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("invite_code")));
        bob.raw().get("/communities/" + hub.id() + "/subgroups").then().statusCode(200)
                .body("otherGroups.title", equalTo(java.util.List.of("Engineering")));
        assertThat(bob.raw().get("/communities").then().extract().jsonPath().<String>getList("communities.id"))
                .containsExactly(hub.id());
    }

    @Test
    void outsidersGet404ForTheCommunity() {
        WhapiClient.Community hub = alice.createCommunity("Hub");

        bob.raw().get("/communities/" + hub.id()).then().statusCode(404);
        bob.raw().get("/communities/" + hub.id() + "/subgroups").then().statusCode(404);
        bob.link(hub.id(), bob.createGroup("Bob's", CAROL)).then().statusCode(404);
        bob.raw().delete("/communities/" + hub.id()).then().statusCode(404);
    }

    @Test
    void inviteCodesAreShownOnlyToAdmins() {
        String group = alice.createGroup("Group", BOB);

        assertThat(alice.group(group).getString("invite_code")).matches("[A-Za-z0-9]{22}");
        assertThat(bob.group(group).getString("invite_code")).isNull();
        bob.raw().get("/groups/" + group + "/invite").then().statusCode(403)
                .body("error.message", equalTo("You do not have permissions for this action"));
    }
}
