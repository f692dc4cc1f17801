package dev.commsim.simulator.dialect.whapi;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** R7: only admins post in the announcement group; nobody posts to the parent; Whapi refuses at once with 403. */
class PostingTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private WhapiClient alice;
    private WhapiClient bob;
    private WhapiClient.Community hub;

    @BeforeEach
    void scene() {
        alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
        bob = WhapiClient.declare(SIM, "tok-bob", BOB);
        hub = alice.createCommunity("Hub");
        alice.linked(hub.id(), alice.createGroup("Engineering", BOB, CAROL));
    }

    @Test
    void anAdminPostsToTheAnnouncementGroupAndReachesItsMembers() {
        alice.send(hub.announcementId(), "Hello everyone").then().statusCode(200)
                .body("sent", equalTo(true))
                .body("message.chat_id", equalTo(hub.announcementId()))
                .body("message.from_me", equalTo(true))
                .body("message.from", equalTo(ALICE))
                .body("message.type", equalTo("text"))
                .body("message.text.body", equalTo("Hello everyone"))
                .body("message.id", matchesPattern("[A-Za-z0-9]{15}-[A-Za-z0-9]{10}"));

        JsonPath state = SIM.control().get("/_sim/state").then().extract().jsonPath();
        assertThat(state.getList("messages.status")).containsExactly("sent");
        assertThat(state.<String>getList("messages[0].recipients")).containsExactlyInAnyOrder(BOB, CAROL);
    }

    @Test
    void aMemberWhoIsNotAnAdminIsRefusedWith403AndNothingIsRecorded() {
        String before = StateInvariants.snapshot(SIM);

        bob.send(hub.announcementId(), "Hi all").then().statusCode(403)
                .body("error.code", equalTo(403))
                .body("error.message", equalTo("It is forbidden to send to this group/recipient"));

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
    }

    @Test
    void nobodyPostsToTheParentGroupNotEvenItsCreator() {
        alice.send(hub.id(), "To the parent").then().statusCode(403);
    }

    @Test
    void anAdminOnlyOrdinaryGroupRefusesItsMembersButNotItsAdmins() {
        String group = alice.createGroup("Quiet", BOB);
        alice.raw().body(Map.of("setting", "send_messages", "policy", "admins")).patch("/groups/" + group)
                .then().statusCode(200);

        bob.send(group, "may I?").then().statusCode(403);
        alice.send(group, "I may").then().statusCode(200);
        assertThat(alice.group(group).getBoolean("announcements")).isTrue();
    }

    @Test
    void aPromotedCommunityAdminMayPost() {
        alice.raw().body(Map.of("participants", java.util.List.of(BOB)))
                .patch("/communities/" + hub.id() + "/admins").then().statusCode(200);

        bob.send(hub.announcementId(), "Now I can").then().statusCode(200);
    }

    @Test
    void sendingToAGroupTheChannelIsNotInIsChatNotFound() {
        String aliceOnly = alice.createGroup("Private", CAROL);

        bob.send(aliceOnly, "let me in").then().statusCode(404)
                .body("error.message", equalTo("Specified chat not found"));
    }

    @Test
    void aMessageToAPersonOpensAContactChat() {
        alice.send(CAROL + "@s.whatsapp.net", "Hi Carol").then().statusCode(200)
                .body("message.chat_id", equalTo(CAROL + "@s.whatsapp.net"));

        alice.raw().get("/chats/" + CAROL + "@s.whatsapp.net").then().statusCode(200)
                .body("type", equalTo("contact"));
        assertThat(alice.raw().get("/chats").then().statusCode(200).extract().jsonPath()
                .<String>getList("chats.id")).contains(CAROL + "@s.whatsapp.net", hub.announcementId());
    }
}
