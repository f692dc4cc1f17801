package dev.commsim.simulator.dialect.whapi;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R10: ordinary group operations through Whapi. */
class GroupOperationsTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator()
            .withWhapiChannel("tok-alice", ALICE).withWhapiChannel("tok-bob", BOB);

    private final WhapiClient alice = SIM.client("tok-alice");
    private final WhapiClient bob = SIM.client("tok-bob");

    @Test
    void theCreatorBecomesCreatorAndTheOthersMembers() {
        alice.raw().body(Map.of("subject", "Sales Team", "participants", List.of(BOB + "@s.whatsapp.net", CAROL)))
                .post("/groups").then().statusCode(200)
                .body("type", equalTo("group"))
                .body("name", equalTo("Sales Team"))
                .body("created_by", equalTo(ALICE))
                .body("participants.id", contains(ALICE, BOB, CAROL))
                .body("participants.rank", contains("creator", "member", "member"));
    }

    @Test
    void theCreateAnswerCountsItsParticipantsAsEveryOtherGroupViewDoes() {
        String created = alice.raw()
                .body(Map.of("subject", "Sales Team", "participants", List.of(BOB, CAROL, "14155550000")))
                .post("/groups").then().statusCode(200)
                .body("participants_count", equalTo(3))
                .body("unprocessed_participants", contains("14155550000"))
                .extract().path("id");

        assertThat(alice.group(created).getInt("participants_count")).isEqualTo(3);
    }

    @Test
    void aGroupNeedsSomeoneOtherThanTheCaller() {
        alice.raw().body(Map.of("subject", "Alone", "participants", List.of(ALICE))).post("/groups")
                .then().statusCode(400)
                .body("error.details", equalTo("participants must name someone other than the caller"));
        alice.raw().body(Map.of("subject", "Alone", "participants", List.of())).post("/groups")
                .then().statusCode(400);
    }

    @Test
    void onlyAdminsAddAndRemoveParticipants() {
        String group = alice.createGroup("Group", BOB);

        bob.addParticipants(group, CAROL).then().statusCode(403)
                .body("error.message", equalTo("You do not have permissions for this action"));
        bob.removeParticipants(group, ALICE).then().statusCode(403);
        alice.addParticipants(group, CAROL).then().statusCode(200).body("processed", contains(CAROL));
        alice.removeParticipants(group, CAROL, DAVE).then().statusCode(200)
                .body("processed", contains(CAROL)).body("failed", contains(DAVE));
    }

    @Test
    void everyReadShowsTheParticipantsAsTheyAreNow() {
        String group = alice.createGroup("Group", BOB);
        assertThat(alice.participants(group)).containsExactly(ALICE, BOB);

        alice.addParticipants(group, CAROL, DAVE).then().statusCode(200);
        assertThat(alice.participants(group)).containsExactly(ALICE, BOB, CAROL, DAVE);
        alice.removeParticipants(group, BOB).then().statusCode(200);
        alice.addParticipants(group, BOB).then().statusCode(200);
        assertThat(alice.participants(group)).containsExactly(ALICE, CAROL, DAVE, BOB);

        alice.raw().get("/groups").then().statusCode(200)
                .body("groups.find { it.id == '" + group + "' }.participants.id", contains(ALICE, CAROL, DAVE, BOB));
        assertThat(bob.group(group).getList("participants.id")).containsExactly(ALICE, CAROL, DAVE, BOB);
    }

    @Test
    void promoteAndDemoteAreAllOrNothing() {
        String group = alice.createGroup("Group", BOB, CAROL);

        alice.raw().body(Map.of("participants", List.of(BOB, DAVE))).patch("/groups/" + group + "/admins")
                .then().statusCode(404).body("error.message", equalTo("Specified group or participant not found"));
        assertThat(alice.group(group).getList("participants.rank")).containsExactly("creator", "member", "member");

        alice.raw().body(Map.of("participants", List.of(BOB))).patch("/groups/" + group + "/admins")
                .then().statusCode(200).body("success", equalTo(true));
        assertThat(alice.group(group).getList("participants.rank")).containsExactly("creator", "admin", "member");

        bob.addParticipants(group, DAVE).then().statusCode(200);
        alice.raw().body(Map.of("participants", List.of(BOB))).delete("/groups/" + group + "/admins")
                .then().statusCode(200);
        bob.addParticipants(group, "15551110099").then().statusCode(403);
    }

    @Test
    void theCreatorCannotBeDemoted() {
        String group = alice.createGroup("Group", BOB);
        alice.raw().body(Map.of("participants", List.of(BOB))).patch("/groups/" + group + "/admins")
                .then().statusCode(200);

        bob.raw().body(Map.of("participants", List.of(ALICE))).delete("/groups/" + group + "/admins")
                .then().statusCode(403);

        assertThat(alice.group(group).getList("participants.rank")).containsExactly("creator", "admin");
    }

    @Test
    void restrictedInfoMeansOnlyAdminsChangeSubjectAndDescription() {
        String group = alice.createGroup("Group", BOB);
        bob.raw().body(Map.of("subject", "Bob's name")).put("/groups/" + group).then().statusCode(200);
        assertThat(alice.group(group).getString("name")).isEqualTo("Bob's name");

        alice.raw().body(Map.of("setting", "edit_group_info", "policy", "admins")).patch("/groups/" + group)
                .then().statusCode(200);
        bob.raw().body(Map.of("description", "nope")).put("/groups/" + group).then().statusCode(403);
        alice.raw().body(Map.of("subject", "Alice's name", "description", "about")).put("/groups/" + group)
                .then().statusCode(200);

        assertThat(bob.group(group).getString("name")).isEqualTo("Alice's name");
        assertThat(bob.group(group).getString("description")).isEqualTo("about");
        assertThat(bob.group(group).getBoolean("restricted")).isTrue();
    }

    @Test
    void theAnnouncementAndAddModesOfTheCommunityTwinsAreFixed() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String before = StateInvariants.snapshot(SIM);

        alice.raw().body(Map.of("setting", "send_messages", "policy", "anyone")).patch("/groups/" + hub.announcementId())
                .then().statusCode(400).body("error.details", equalTo("announcement mode of a community group is fixed"));
        alice.raw().body(Map.of("setting", "add_participants", "policy", "anyone")).patch("/groups/" + hub.id())
                .then().statusCode(400);

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
        StateInvariants.check(SIM);
    }

    @Test
    void renamingTheCommunityRenamesBothTwins() {
        WhapiClient.Community hub = alice.createCommunity("Hub");

        alice.raw().body(Map.of("subject", "New Hub")).put("/groups/" + hub.id()).then().statusCode(200);

        assertThat(alice.group(hub.id()).getString("name")).isEqualTo("New Hub");
        assertThat(alice.group(hub.announcementId()).getString("name")).isEqualTo("New Hub");
        StateInvariants.check(SIM);
    }

    @Test
    void leavingAGroupRemovesTheCallerOnly() {
        String group = alice.createGroup("Group", BOB, CAROL);

        bob.raw().delete("/groups/" + group).then().statusCode(200);

        assertThat(alice.participants(group)).containsExactly(ALICE, CAROL);
        bob.raw().get("/groups/" + group).then().statusCode(404);
    }

    @Test
    void whenTheLastAdminLeavesTheLongestStandingMemberIsPromoted() {
        String group = alice.createGroup("Group", BOB, CAROL);

        alice.raw().delete("/groups/" + group).then().statusCode(200);

        assertThat(bob.group(group).getList("participants", Map.class))
                .containsExactly(Map.of("id", BOB, "rank", "admin"), Map.of("id", CAROL, "rank", "member"));
    }

    @Test
    void anInviteCodeLetsAnotherAccountJoinUntilItIsRevoked() {
        String group = alice.createGroup("Group", CAROL);
        String code = alice.raw().get("/groups/" + group + "/invite").then().statusCode(200)
                .extract().path("invite_code");

        bob.raw().body(Map.of("invite_code", code)).put("/groups").then().statusCode(200)
                .body("group_id", equalTo(group));
        assertThat(alice.participants(group)).contains(BOB);

        alice.raw().delete("/groups/" + group + "/invite").then().statusCode(200);
        WhapiClient dave = WhapiClient.declare(SIM, "tok-dave", DAVE);
        dave.raw().body(Map.of("invite_code", code)).put("/groups").then().statusCode(404)
                .body("error.message", equalTo("Wrong invite code"));
        String fresh = alice.raw().get("/groups/" + group + "/invite").then().extract().path("invite_code");
        assertThat(fresh).isNotEqualTo(code);
    }

    @Test
    void joiningALinkedGroupByInviteAlsoJoinsTheCommunity() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String group = alice.createGroup("Engineering", CAROL);
        alice.linked(hub.id(), group);
        String code = alice.raw().get("/groups/" + group + "/invite").then().extract().path("invite_code");

        bob.raw().body(Map.of("invite_code", code)).put("/groups").then().statusCode(200);

        assertThat(alice.participants(hub.announcementId())).contains(BOB);
        StateInvariants.check(SIM);
    }

    @Test
    void aCommunityMemberJoinsALinkedGroupThroughTheCommunity() {
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String group = alice.createGroup("Engineering", CAROL);
        alice.linked(hub.id(), group);
        alice.addToCommunity(hub.id(), BOB).then().statusCode(200);

        bob.raw().post("/communities/" + hub.id() + "/" + group + "/join").then().statusCode(200);

        assertThat(alice.participants(group)).contains(BOB);
    }
}
