package dev.commsim.simulator.snapshot;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Loading the shipped scenarios and reproducing the edge case each one is for. */
class ScenarioTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private void load(String name) {
        SIM.control().body(Map.of("name", name)).post("/_sim/scenarios").then().statusCode(200)
                .body("loaded", equalTo(true)).body("scenario", equalTo(name));
        StateInvariants.check(SIM);
    }

    @Test
    void theShippedScenariosAreListed() {
        assertThat(SIM.control().get("/_sim/scenarios").then().statusCode(200).extract().jsonPath()
                .<String>getList("scenarios")).contains("community-1999-members", "community-49-linked-groups",
                "member-in-two-linked-groups", "non-admin-member");
    }

    @Test
    void aCommunityAt1999MembersTakesOneMoreAndRefusesTheNext() {
        load("community-1999-members");
        String community = "120363100000000001@g.us";

        SIM.whapi("tok-alice").body(Map.of("participants", List.of("15552220001", "15552220002")))
                .post("/communities/" + community + "/participants").then().statusCode(200)
                .body("processed", equalTo(List.of("15552220001"))).body("failed", equalTo(List.of("15552220002")));
    }

    @Test
    void aCommunityWith49LinkedGroupsLinksOneMoreAndRefusesTheNext() {
        load("community-49-linked-groups");
        String community = "120363100000000011@g.us";

        SIM.whapi("tok-alice").put("/communities/" + community + "/120363100000200001@g.us").then().statusCode(200);
        SIM.whapi("tok-alice").put("/communities/" + community + "/120363100000200002@g.us").then().statusCode(422)
                .body("error.details", equalTo("linked group limit reached"));
    }

    @Test
    void aMemberInTwoLinkedGroupsStaysWhenOneIsUnlinked() {
        load("member-in-two-linked-groups");

        SIM.whapi("tok-alice").delete("/communities/120363100000000021@g.us/120363100000300001@g.us")
                .then().statusCode(200);

        assertThat(SIM.whapi("tok-alice").get("/groups/120363100000000022@g.us").then().statusCode(200)
                .extract().jsonPath().<String>getList("participants.id")).containsExactlyInAnyOrder(ALICE, BOB, DAVE);
    }

    @Test
    void aNonAdminMemberReadsTheCommunityButCannotPostOrLink() {
        load("non-admin-member");
        String community = "120363100000000031@g.us";

        SIM.whapi("tok-bob").get("/communities/" + community).then().statusCode(200)
                .body("name", equalTo("Alice's Community"));
        SIM.whapi("tok-bob").body(Map.of("to", "120363100000000032@g.us", "body", "hi")).post("/messages/text")
                .then().statusCode(403);
        SIM.whapi("tok-bob").put("/communities/" + community + "/120363100000400002@g.us").then().statusCode(403);
        SIM.zapi("BOB-INSTANCE", "BOB-TOKEN").body(Map.of("phone", "120363100000000032-group", "message", "hi"))
                .post("/send-text").then().statusCode(200);
        assertThat(SIM.control().queryParam("from", BOB).get("/_sim/messages").then().extract().jsonPath()
                .<String>getList("messages.status")).containsExactly("failed");
    }

    @Test
    void aPostedScenarioThatBreaksAnInvariantIsRefusedWithTheReasonAndNothingLoads() {
        load("member-in-two-linked-groups");
        String before = StateInvariants.snapshot(SIM);
        Map<String, Object> broken = Map.of(
                "groups", List.of(
                        Map.of("id", "120363200000000001", "kind", "COMMUNITY_PARENT", "subject", "Hub",
                                "participants", List.of(Map.of("phone", ALICE, "rank", "creator"))),
                        Map.of("id", "120363200000000002", "kind", "COMMUNITY_ANNOUNCEMENT", "subject", "Hub",
                                "linkedParent", "120363200000000001", "announcementsOnly", true,
                                "participants", List.of(Map.of("phone", ALICE, "rank", "creator"))),
                        Map.of("id", "120363200000000003", "subject", "Engineering",
                                "participants", List.of(Map.of("phone", ALICE, "rank", "creator"),
                                        Map.of("phone", CAROL, "rank", "member")))),
                "communities", List.of(Map.of("id", "120363200000000001",
                        "announcementGroupId", "120363200000000002", "linkedGroups", List.of("120363200000000003"))));

        SIM.control().body(Map.of("scenario", broken)).post("/_sim/scenarios").then().statusCode(422)
                .body("error", containsString("I3"))
                .body("error", containsString(CAROL));

        assertThat(StateInvariants.snapshot(SIM)).isEqualTo(before);
    }

    @Test
    void anUnknownScenarioIs404AndABadRequestIs400() {
        SIM.control().body(Map.of("name", "no-such-scenario")).post("/_sim/scenarios").then().statusCode(404);
        SIM.control().body(Map.of("name", "../etc/passwd")).post("/_sim/scenarios").then().statusCode(400);
        SIM.control().body(Map.of()).post("/_sim/scenarios").then().statusCode(400);
    }
}
