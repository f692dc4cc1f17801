package dev.commsim.simulator.control;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.WhapiClient;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The control plane's first part: health, reset, state, settings and channels. */
class ControlPlaneTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    @Test
    void healthAnswersOk() {
        SIM.control().get("/_sim/health").then().statusCode(200).body("status", equalTo("ok"));
    }

    @Test
    void stateShowsTheWholeWorldWithKindsRanksAndCommunities() {
        WhapiClient alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
        WhapiClient.Community hub = alice.createCommunity("Hub");
        String group = alice.createGroup("Engineering", BOB);
        alice.linked(hub.id(), group);

        JsonPath state = SIM.control().get("/_sim/state").then().statusCode(200).extract().jsonPath();

        assertThat(state.getInt("version")).isEqualTo(1);
        assertThat(state.getList("accounts")).containsExactly(ALICE, BOB);
        assertThat(state.getList("channels.token")).containsExactly("tok-alice");
        assertThat(state.getList("groups.kind"))
                .containsExactlyInAnyOrder("COMMUNITY_PARENT", "COMMUNITY_ANNOUNCEMENT", "ORDINARY");
        String digits = group.replace("@g.us", "");
        String parent = hub.id().replace("@g.us", "");
        assertThat(state.getString("groups.find { it.id == '" + digits + "' }.linkedParent")).isEqualTo(parent);
        assertThat(state.getList("groups.find { it.id == '" + digits + "' }.participants.rank"))
                .containsExactly("creator", "member");
        assertThat(state.getString("communities[0].id")).isEqualTo(parent);
        assertThat(state.getString("communities[0].announcementGroupId"))
                .isEqualTo(hub.announcementId().replace("@g.us", ""));
        assertThat(state.getList("communities[0].linkedGroups")).containsExactly(digits);
        assertThat(state.getList("communities[0].admins")).containsExactly(ALICE);
    }

    @Test
    void resetForgetsEverything() {
        WhapiClient alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
        alice.createCommunity("Hub");

        SIM.control().post("/_sim/reset").then().statusCode(200).body("reset", equalTo(true));

        JsonPath state = SIM.control().get("/_sim/state").then().extract().jsonPath();
        assertThat(state.getList("groups")).isEmpty();
        assertThat(state.getList("communities")).isEmpty();
        assertThat(state.getList("channels")).isEmpty();
    }

    @Test
    void aSettingsPutChangesOnlyTheFieldsItNames() {
        SIM.control().body(Map.of("maxLinkedGroups", 3)).put("/_sim/settings").then().statusCode(200)
                .body("maxLinkedGroups", equalTo(3))
                .body("maxCommunityMembers", equalTo(2000))
                .body("maxGroupSize", equalTo(1024))
                .body("unlinkPolicy", equalTo("orphans"));

        SIM.control().get("/_sim/settings").then().body("maxLinkedGroups", equalTo(3));
    }

    @Test
    void unknownSettingsAndBadValuesAreRefusedAndChangeNothing() {
        SIM.control().body(Map.of("maxLinkedGroups", 3, "colour", "red")).put("/_sim/settings")
                .then().statusCode(400).body("error", containsString("unknown setting 'colour'"));
        SIM.control().body(Map.of("maxLinkedGroups", 3, "unlinkPolicy", "some")).put("/_sim/settings")
                .then().statusCode(400).body("error", containsString("'unlinkPolicy'"));
        SIM.control().body(Map.of("maxCommunityMembers", 0)).put("/_sim/settings")
                .then().statusCode(400).body("error", containsString("'maxCommunityMembers'"));
        SIM.control().body(Map.of("maxGroupSize", "big")).put("/_sim/settings").then().statusCode(400);

        SIM.control().get("/_sim/settings").then().body("maxLinkedGroups", equalTo(50))
                .body("unlinkPolicy", equalTo("orphans"));
    }

    @Test
    void declaredChannelsAreListedAndTheirPhoneIsTheCallersAccount() {
        SIM.control().body(Map.of("dialect", "whapi", "token", "tok-bob", "phone", BOB)).post("/_sim/channels")
                .then().statusCode(201).body("phone", equalTo(BOB)).body("declared", equalTo(true));
        SIM.control().body(Map.of("dialect", "zapi", "instanceId", "INST1", "token", "TOK1",
                        "clientToken", "secret", "phone", ALICE)).post("/_sim/channels")
                .then().statusCode(201).body("instanceId", equalTo("INST1")).body("clientToken", equalTo("secret"));

        assertThat(SIM.control().get("/_sim/channels").then().statusCode(200).extract().jsonPath()
                .<String>getList("channels.phone")).containsExactly(BOB, ALICE);
        SIM.whapi("tok-bob").get("/health").then().body("user.id", equalTo(BOB));
    }

    @Test
    void aBadChannelDeclarationIsRefused() {
        SIM.control().body(Map.of("dialect", "telegram", "token", "t", "phone", BOB)).post("/_sim/channels")
                .then().statusCode(400).body("error", containsString("'dialect'"));
        SIM.control().body(Map.of("dialect", "whapi", "token", "t", "phone", "12")).post("/_sim/channels")
                .then().statusCode(400).body("error", containsString("'phone'"));
        SIM.control().body(Map.of("dialect", "whapi", "token", "t1")).post("/_sim/channels")
                .then().statusCode(400).body("error", containsString("'phone' is required"));
        assertThat(SIM.control().get("/_sim/channels").then().extract().jsonPath().getList("channels")).isEmpty();
    }

    @Test
    void oneAccountMayHaveSeveralChannelsAcrossProviders() {
        SIM.control().body(Map.of("dialect", "whapi", "token", "t1", "phone", BOB)).post("/_sim/channels")
                .then().statusCode(201);
        SIM.control().body(Map.of("dialect", "zapi", "instanceId", "I", "token", "T", "phone", BOB))
                .post("/_sim/channels").then().statusCode(201);

        assertThat(SIM.control().get("/_sim/channels").then().extract().jsonPath().<String>getList("channels.phone"))
                .containsExactly(BOB, BOB);
    }

    @Test
    void unknownControlPathsAndMethodsAreRefused() {
        SIM.control().get("/_sim/nothing").then().statusCode(404).body("error", containsString("/_sim/nothing"));
        SIM.control().delete("/_sim/state").then().statusCode(405);
        SIM.control().body("{oops").put("/_sim/settings").then().statusCode(400)
                .body("error", equalTo("the body is not valid JSON"));
    }
}
