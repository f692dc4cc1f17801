package dev.commsim.simulator.reliability;

import dev.commsim.simulator.support.Wire;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static dev.commsim.simulator.support.Phones.ERIN;
import static dev.commsim.simulator.support.Phones.FRANK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Beyond the dialects' visibility tests: EVERY group and community endpoint of both dialects, used by
 * a stranger on another channel's group, answers byte for byte what it answers for an id that does
 * not exist (the id itself masked), across dialects too; forged credentials are refused; nothing changes.
 */
class IsolationTest {
    private static final String UNKNOWN = "120363999999999998";
    private static final String NEWCOMER = "15551119991";
    private static final String FRANK_PREFIX = "/instances/INSTFRANK/token/TOKFRANK";
    private static final String ERIN_PREFIX = "/instances/INSTERIN/token/TOKERIN";

    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private Wire wire;
    /** Alice's (Whapi) and Frank's (Z-API) ids, as bare digits. */
    private List<String> communities;
    private List<String> groups;
    private String bobCommunity;
    private String bobGroup;
    private String erinCommunity;
    private String erinGroup;

    @BeforeEach
    void twoOwnersAndTwoStrangers() {
        wire = new Wire(SIM.baseUrl());
        WhapiClient alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
        WhapiClient.Community hub = alice.createCommunity("Alice hub");
        String linked = alice.createGroup("Linked", CAROL);
        alice.linked(hub.id(), linked);
        String plain = alice.createGroup("Plain", DAVE);

        declareZapi("INSTFRANK", "TOKFRANK", FRANK, "CT-FRANK");
        String frankCommunity = zapiAs(FRANK_PREFIX, Map.of("Client-Token", "CT-FRANK"), "/communities",
                "{\"name\":\"Frank hub\"}").getString("id");
        String frankGroup = zapiAs(FRANK_PREFIX, Map.of("Client-Token", "CT-FRANK"), "/create-group",
                "{\"groupName\":\"Frank team\",\"phones\":[\"" + CAROL + "\"]}").getString("phone");

        WhapiClient bob = WhapiClient.declare(SIM, "tok-bob", BOB);
        WhapiClient.Community bobHub = bob.createCommunity("Bob hub");
        bobCommunity = bobHub.id();
        bobGroup = bob.createGroup("Bob team", "15551119992");
        declareZapi("INSTERIN", "TOKERIN", ERIN, null);
        erinCommunity = zapiAs(ERIN_PREFIX, Map.of(), "/communities", "{\"name\":\"Erin hub\"}").getString("id");
        erinGroup = zapiAs(ERIN_PREFIX, Map.of(), "/create-group",
                "{\"groupName\":\"Erin team\",\"phones\":[\"15551119993\"]}").getString("phone");

        communities = List.of(digits(hub.id()), frankCommunity);
        groups = List.of(digits(hub.id()), digits(hub.announcementId()), digits(linked), digits(plain),
                digits(frankGroup), frankCommunity);
    }

    @Test
    void everyWhapiEndpointAnswersAStrangerAsIfTheGroupDidNotExist() {
        String before = StateInvariants.snapshot(SIM);
        List<String> templates = List.of(
                "GET /communities/{X}", "POST /communities/{X} {\"subject\":\"Sneaky\",\"participants\":[\"" + NEWCOMER + "\"]}",
                "POST /communities/{X}/createGroup {\"subject\":\"Sneaky\",\"participants\":[\"" + NEWCOMER + "\"]}",
                "DELETE /communities/{X}", "PUT /communities/{X}/" + bobGroup, "DELETE /communities/{X}/" + bobGroup,
                "PUT /communities/" + bobCommunity + "/{X}", "DELETE /communities/" + bobCommunity + "/{X}",
                "GET /communities/{X}/subgroups", "PATCH /communities/{X}/settings {\"setting\":\"modify_groups\",\"policy\":\"admins\"}",
                "POST /communities/{X}/participants {\"participants\":[\"" + NEWCOMER + "\"]}",
                "DELETE /communities/{X}/participants {\"participants\":[\"" + CAROL + "\"]}",
                "PATCH /communities/{X}/admins {\"participants\":[\"" + CAROL + "\"]}",
                "DELETE /communities/{X}/admins {\"participants\":[\"" + ALICE + "\"]}",
                "POST /communities/{X}/{X}/join", "DELETE /communities/{X}/link",
                "GET /groups/{X}", "PUT /groups/{X} {\"subject\":\"Taken\"}",
                "PATCH /groups/{X} {\"setting\":\"send_messages\",\"policy\":\"admins\"}", "DELETE /groups/{X}",
                "GET /groups/{X}/invite", "DELETE /groups/{X}/invite",
                "POST /groups/{X}/participants {\"participants\":[\"" + NEWCOMER + "\"]}",
                "DELETE /groups/{X}/participants {\"participants\":[\"" + CAROL + "\"]}",
                "PATCH /groups/{X}/admins {\"participants\":[\"" + CAROL + "\"]}",
                "DELETE /groups/{X}/admins {\"participants\":[\"" + ALICE + "\"]}",
                "GET /chats/{X}", "POST /messages/text {\"to\":\"{X}\",\"body\":\"hello?\"}");
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String template : templates) {
            for (String id : groups) {
                Wire.Answer stranger = whapi(template, id + "@g.us");
                Wire.Answer unknown = whapi(template, UNKNOWN + "@g.us");
                compared++;
                if (stranger.status() < 400) {
                    differences.add(template + " on " + id + ": " + stranger.status() + " " + stranger.body());
                } else if (!masked(stranger, id).equals(masked(unknown, UNKNOWN))) {
                    differences.add(template + " on " + id + ": " + masked(stranger, id) + " vs unknown "
                            + masked(unknown, UNKNOWN));
                }
            }
        }
        System.out.println("isolation: Whapi, " + compared + " stranger requests compared with unknown ids");
        assertThat(differences).as("stranger answers that differ from an unknown id's (of %d)", compared).isEmpty();
        assertThat(listing("GET", "/groups?count=500", Map.of("Authorization", "Bearer tok-bob")))
                .doesNotContain(groups.toArray(String[]::new));
        assertThat(listing("GET", "/communities", Map.of("Authorization", "Bearer tok-bob")))
                .doesNotContain(communities.toArray(String[]::new));
        assertThat(listing("GET", "/chats?count=500", Map.of("Authorization", "Bearer tok-bob")))
                .doesNotContain(groups.toArray(String[]::new));
        assertThat(StateInvariants.snapshot(SIM)).as("nothing changed").isEqualTo(before);
    }

    @Test
    void everyZapiEndpointAnswersAStrangerAsIfTheGroupDidNotExist() {
        String before = StateInvariants.snapshot(SIM);
        List<String> communityTemplates = List.of(
                "GET /communities-metadata/{C}",
                "POST /communities/link {\"communityId\":\"{C}\",\"groupsPhones\":[\"" + erinGroup + "\"]}",
                "POST /communities/unlink {\"communityId\":\"{C}\",\"groupsPhones\":[\"" + erinGroup + "\"]}",
                "DELETE /communities/{C}", "POST /communities/settings {\"communityId\":\"{C}\",\"whoCanAddNewGroups\":\"all\"}",
                "POST /update-community-description {\"communityId\":\"{C}\",\"communityDescription\":\"Taken\"}",
                "POST /add-participant {\"communityId\":\"{C}\",\"phones\":[\"" + NEWCOMER + "\"]}",
                "POST /remove-participant {\"communityId\":\"{C}\",\"phones\":[\"" + CAROL + "\"]}",
                "POST /add-admin {\"communityId\":\"{C}\",\"phones\":[\"" + CAROL + "\"]}",
                "POST /remove-admin {\"communityId\":\"{C}\",\"phones\":[\"" + ALICE + "\"]}",
                "POST /redefine-invitation-link/{C}");
        List<String> groupTemplates = List.of(
                "POST /communities/link {\"communityId\":\"" + erinCommunity + "\",\"groupsPhones\":[\"{G}\"]}",
                "POST /communities/unlink {\"communityId\":\"" + erinCommunity + "\",\"groupsPhones\":[\"{G}\"]}",
                "POST /add-participant {\"groupId\":\"{G}\",\"phones\":[\"" + NEWCOMER + "\"]}",
                "POST /remove-participant {\"groupId\":\"{G}\",\"phones\":[\"" + CAROL + "\"]}",
                "POST /add-admin {\"groupId\":\"{G}\",\"phones\":[\"" + CAROL + "\"]}",
                "POST /remove-admin {\"groupId\":\"{G}\",\"phones\":[\"" + ALICE + "\"]}",
                "GET /group-metadata/{G}", "GET /light-group-metadata/{G}", "GET /group-invitation-link/{G}",
                "POST /group-invitation-link/{G}", "POST /redefine-invitation-link/{G}",
                "POST /leave-group {\"groupId\":\"{G}\"}", "POST /update-group-name {\"groupId\":\"{G}\",\"groupName\":\"Taken\"}",
                "POST /update-group-description {\"groupId\":\"{G}\",\"groupDescription\":\"Taken\"}",
                "POST /update-group-settings {\"phone\":\"{G}\",\"adminOnlyMessage\":true}",
                "GET /chats/{G}", "GET /chat/{G}");
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String template : communityTemplates) {
            for (String id : communities) {
                compared++;
                compare(template.replace("{C}", id), template.replace("{C}", UNKNOWN), id, differences);
            }
        }
        for (String template : groupTemplates) {
            for (String id : groups) {
                compared++;
                compare(template.replace("{G}", id + "-group"), template.replace("{G}", UNKNOWN + "-group"), id,
                        differences);
            }
        }
        System.out.println("isolation: Z-API, " + compared + " stranger requests compared with unknown ids");
        assertThat(differences).as("stranger answers that differ from an unknown id's (of %d)", compared).isEmpty();
        assertThat(listing("GET", ERIN_PREFIX + "/groups", Map.of())).doesNotContain(groups.toArray(String[]::new));
        assertThat(listing("GET", ERIN_PREFIX + "/chats", Map.of())).doesNotContain(groups.toArray(String[]::new));
        assertThat(listing("GET", ERIN_PREFIX + "/communities", Map.of()))
                .doesNotContain(communities.toArray(String[]::new));
        assertThat(StateInvariants.snapshot(SIM)).as("nothing changed").isEqualTo(before);
    }

    @Test
    void forgedAndBorrowedCredentialsAreRefusedInStrictMode() {
        SIM.control().body("{\"strictAuth\":true}").put("/_sim/settings").then().statusCode(200);
        String before = StateInvariants.snapshot(SIM);
        String frankGroup = groups.get(4) + "-group";

        // A Whapi token used as a Z-API instance, and Frank's instance with someone else's token.
        assertThat(wire.send("GET", "/instances/tok-alice/token/tok-alice/group-metadata/" + frankGroup, Map.of(), null))
                .isEqualTo(new Wire.Answer(400, "{\"error\":\"Instance not found\"}"));
        assertThat(wire.send("GET", "/instances/INSTFRANK/token/TOKERIN/group-metadata/" + frankGroup,
                Map.of("Client-Token", "CT-FRANK"), null)).isEqualTo(new Wire.Answer(400, "{\"error\":\"Instance not found\"}"));
        // Frank's own credentials with a wrong or missing Client-Token.
        assertThat(wire.send("GET", FRANK_PREFIX + "/group-metadata/" + frankGroup, Map.of("Client-Token", "CT-ERIN"), null)
                .status()).isEqualTo(403);
        assertThat(wire.send("GET", FRANK_PREFIX + "/group-metadata/" + frankGroup, Map.of(), null).status()).isEqualTo(400);
        // A Z-API token, or a Z-API instance/token pair, used as a Whapi bearer token.
        for (String forged : List.of("TOKFRANK", "INSTFRANK/TOKFRANK", "tok-alice ", "tok-alicex")) {
            Wire.Answer answer = wire.send("GET", "/groups/" + groups.get(2) + "@g.us",
                    Map.of("Authorization", "Bearer " + forged), null);
            assertThat(answer.status()).as(forged).isEqualTo(forged.equals("tok-alice ") ? 200 : 404);
        }
        assertThat(StateInvariants.snapshot(SIM)).as("no channel was provisioned, nothing changed").isEqualTo(before);
    }

    @Test
    void aBorrowedTokenOutsideStrictModeIsANewStrangerNotItsOwner() {
        // Without strict auth an unseen credential gets its own channel: it must not inherit anyone's groups.
        List<String> asZapi = listing("GET", "/instances/tok-alice/token/tok-alice/groups", Map.of());
        assertThat(asZapi).doesNotContain(groups.toArray(String[]::new));
        List<String> asWhapi = listing("GET", "/groups?count=500", Map.of("Authorization", "Bearer TOKFRANK"));
        assertThat(asWhapi).doesNotContain(groups.toArray(String[]::new));
        assertThat(wire.send("GET", "/groups/" + groups.get(2) + "@g.us", Map.of("Authorization", "Bearer TOKFRANK"),
                null).status()).isEqualTo(404);
    }

    // ---- helpers ----

    private Wire.Answer whapi(String template, String id) {
        String[] parts = template.replace("{X}", id).split(" ", 3);
        return wire.json(parts[0], parts[1], Map.of("Authorization", "Bearer tok-bob"), parts.length > 2 ? parts[2] : null);
    }

    private void compare(String stranger, String unknown, String id, List<String> differences) {
        Wire.Answer a = zapi(stranger);
        Wire.Answer b = zapi(unknown);
        boolean refused = a.status() >= 400 || a.body().contains("false");
        if (!refused) {
            differences.add(stranger + ": " + a.status() + " " + a.body());
        } else if (!masked(a, id).equals(masked(b, UNKNOWN))) {
            differences.add(stranger + ": " + masked(a, id) + " vs unknown " + masked(b, UNKNOWN));
        }
    }

    private Wire.Answer zapi(String request) {
        String[] parts = request.split(" ", 3);
        return wire.json(parts[0], ERIN_PREFIX + parts[1], Map.of(), parts.length > 2 ? parts[2] : null);
    }

    /** Status and body with the asked-for id masked: the caller's own input may be echoed, nothing else. */
    private static String masked(Wire.Answer answer, String digits) {
        return answer.status() + " " + answer.body().replace(digits, "<id>");
    }

    private List<String> listing(String method, String path, Map<String, String> headers) {
        Wire.Answer answer = wire.send(method, path, headers, null);
        assertThat(answer.status()).as(path).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("120363\\d{12}").matcher(answer.body());
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return ids;
    }

    private static void declareZapi(String instance, String token, String phone, String clientToken) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("dialect", "zapi", "instanceId", instance,
                "token", token, "phone", phone));
        if (clientToken != null) {
            body.put("clientToken", clientToken);
        }
        SIM.control().body(body).post("/_sim/channels").then().statusCode(201);
    }

    private static io.restassured.path.json.JsonPath zapiAs(String prefix, Map<String, String> headers, String path,
                                                            String body) {
        return io.restassured.RestAssured.given().baseUri(SIM.baseUrl()).contentType("application/json")
                .headers(headers).body(body).post(prefix + path).then().statusCode(200).extract().jsonPath();
    }

    private static String digits(String id) {
        return id.replaceAll("\\D.*$", "");
    }
}
