package dev.commsim.simulator.reliability;

import dev.commsim.simulator.support.Wire;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static dev.commsim.simulator.support.Phones.DAVE;
import static dev.commsim.simulator.support.Phones.ERIN;
import static dev.commsim.simulator.support.Phones.FRANK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commsim.simulator.reliability.MalformedRequests.Credential;
import dev.commsim.simulator.reliability.MalformedRequests.Family;
import dev.commsim.simulator.reliability.MalformedRequests.Field;
import dev.commsim.simulator.reliability.MalformedRequests.Kind;
import dev.commsim.simulator.reliability.MalformedRequests.Malformed;
import dev.commsim.simulator.reliability.MalformedRequests.Route;
import dev.commsim.simulator.reliability.MalformedRequests.Surface;
import dev.commsim.simulator.server.SimulatorSettings;
import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.StateInvariants;
import dev.commsim.simulator.support.WhapiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A seeded stream of malformed requests over every route family of both dialects and the control
 * plane. Every answer is a refusal in the provider's shape (never a 5xx) and the world is the same
 * afterwards. Strict auth, so that forged credentials cannot provision channels: the whole state,
 * channels included, is compared.
 */
class BadInputTest {
    private static final long SEED = 20261122L;
    private static final int REQUESTS = 5000;
    private static final Duration BUDGET = Duration.ofSeconds(40);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator(SimulatorSettings.defaults().withStrictAuth(true));

    @Test
    void aStreamOfMalformedRequestsIsRefusedInEachProvidersShapeAndChangesNothing() {
        World world = World.build();
        List<Surface> surfaces = List.of(world.whapi(), world.whapiStranger(), world.zapi(), world.zapiStranger(),
                world.control());
        String before = StateInvariants.snapshot(SIM);

        MalformedRequests generator = new MalformedRequests(SEED, SimulatorSettings.DEFAULT_MAX_BODY_BYTES);
        java.util.Random pickSurface = new java.util.Random(SEED);
        Wire wire = new Wire(SIM.baseUrl());
        Map<String, Integer> byDefect = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Instant deadline = Instant.now().plus(BUDGET);
        int sent = 0;
        int serverErrors = 0;
        while (sent < REQUESTS && Instant.now().isBefore(deadline)) {
            Malformed request = generator.next(surfaces.get(pickSurface.nextInt(surfaces.size())));
            Wire.Answer answer = wire.send(request.method(), request.path(), request.headers(), request.body());
            sent++;
            byDefect.merge(request.family() + " " + request.defect().replaceAll("[:].*", ""), 1, Integer::sum);
            if (answer.status() >= 500) {
                serverErrors++;
            }
            String problem = judge(request, answer);
            if (problem != null) {
                problems.add(problem + "\n    request: " + request + "\n    answer: " + answer.status() + " "
                        + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
        }
        System.out.println("bad input: " + sent + " requests, " + serverErrors + " server errors, "
                + problems.size() + " other problems, in " + Duration.between(deadline.minus(BUDGET), Instant.now())
                .toMillis() + " ms; by defect " + byDefect);

        assertThat(problems.subList(0, Math.min(20, problems.size()))).as("answers that are not a clear refusal in the provider's shape").isEmpty();
        assertThat(sent).as("requests tried within the budget").isGreaterThanOrEqualTo(REQUESTS / 3);
        assertThat(StateInvariants.snapshot(SIM)).as("the world after the stream (I6)").isEqualTo(before);
        StateInvariants.check(SIM);
    }

    /** Null when the answer is a refusal in the family's shape, else what is wrong with it. */
    private static String judge(Malformed request, Wire.Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "server error";
        }
        if (request.expectedStatus() != Malformed.ANY_REFUSAL && status != request.expectedStatus()) {
            return "expected " + request.expectedStatus();
        }
        JsonNode body = parse(answer.body());
        return switch (request.family()) {
            case WHAPI -> status >= 400 && body != null && body.path("error").path("code").isInt()
                    && body.path("error").path("code").intValue() == status
                    && body.path("error").path("message").isTextual() ? null : "not a Whapi error envelope";
            case ZAPI -> zapiRefusal(status, answer.body(), body);
            case CONTROL -> status >= 400 && body != null && body.path("error").isTextual() ? null
                    : "not a control-plane {\"error\"}";
        };
    }

    /** zapi.md: {"error": "..."} with a 4xx, an empty 405/415, or a 200 {"value": false} / {"success": false}. */
    private static String zapiRefusal(int status, String raw, JsonNode body) {
        if (status == 405 || status == 415) {
            return raw.isEmpty() ? null : "405/415 with a body";
        }
        if (status >= 400) {
            return body != null && body.size() == 1 && body.path("error").isTextual() ? null : "not Z-API's {\"error\"}";
        }
        boolean no = body != null && body.size() == 1 && (body.path("value").isBoolean() && !body.path("value").booleanValue()
                || body.path("success").isBoolean() && !body.path("success").booleanValue());
        return status == 200 && no ? null : "a Z-API success for a malformed request";
    }

    private static JsonNode parse(String text) {
        try {
            return text.isEmpty() ? null : JSON.readTree(text);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    // ---- the world the stream runs against, and each dialect's surface ----

    private static Route route(String method, String path, Field... fields) {
        return new Route(method, path, List.of(fields), List.of());
    }

    private static Route refusing(String method, String path, String... badBodies) {
        return new Route(method, path, List.of(), List.of(badBodies));
    }

    private static Field f(String name, Kind kind, Object valid) {
        return new Field(name, kind, valid);
    }

    /**
     * Alice (Whapi) owns a community with a linked group; Bob (Whapi) a group of his own; Frank
     * (Z-API, with a Client-Token) a community with a linked group; Erin's instance (Z-API) nothing.
     */
    private record World(String community, String group, String bobGroup, String zCommunity, String zGroup) {
        static final String ZAPI_PREFIX = "/instances/INSTFRANK/token/TOKFRANK";
        static final String ZAPI_STRANGER_PREFIX = "/instances/INSTERIN/token/TOKERIN";

        static World build() {
            WhapiClient alice = WhapiClient.declare(SIM, "tok-alice", ALICE);
            WhapiClient bob = WhapiClient.declare(SIM, "tok-bob", BOB);
            WhapiClient.Community hub = alice.createCommunity("Hub");
            String group = alice.createGroup("Team", CAROL, DAVE);
            alice.linked(hub.id(), group);
            String bobGroup = bob.createGroup("Private", "15551110008"); // nobody else here has a channel
            SIM.control().body(Map.of("dialect", "zapi", "instanceId", "INSTFRANK", "token", "TOKFRANK",
                    "clientToken", "CT-FRANK", "phone", FRANK)).post("/_sim/channels").then().statusCode(201);
            SIM.control().body(Map.of("dialect", "zapi", "instanceId", "INSTERIN", "token", "TOKERIN",
                    "phone", ERIN)).post("/_sim/channels").then().statusCode(201);
            var frank = SIM.zapi("INSTFRANK", "TOKFRANK").header("Client-Token", "CT-FRANK");
            String zCommunity = frank.body(Map.of("name", "Z hub")).post("/communities").then().statusCode(200)
                    .extract().path("id");
            String zGroup = SIM.zapi("INSTFRANK", "TOKFRANK").header("Client-Token", "CT-FRANK")
                    .body(Map.of("groupName", "Z team", "phones", List.of(CAROL))).post("/create-group")
                    .then().statusCode(200).extract().path("phone");
            SIM.zapi("INSTFRANK", "TOKFRANK").header("Client-Token", "CT-FRANK")
                    .body(Map.of("communityId", zCommunity, "groupsPhones", List.of(zGroup)))
                    .post("/communities/link").then().statusCode(200);
            return new World(hub.id(), group, bobGroup, zCommunity, zGroup);
        }

        Surface whapi() {
            return whapiAs("tok-alice", bobGroup);
        }

        /** Bob acting on Alice's ids: every group id is someone else's. */
        Surface whapiStranger() {
            return whapiAs("tok-bob", group);
        }

        private Surface whapiAs(String token, String foreignGroup) {
            List<String> badIds = List.of("120363999999999999@g.us", foreignGroup, digits(zGroup) + "-group",
                    digits(community), "abc", "%00", "%E2%80%AE%F0%9F%98%80", "1".repeat(5000) + "@g.us",
                    "120363%0A%0D@g.us", "..%2F..%2F_sim%2Freset", "%FF%FE", "null", "-1", "120363000000000001@s.whatsapp.net");
            List<String> badBodyIds = List.of("120363999999999999@g.us", foreignGroup, "abc", "", " ", "1@g.us",
                    "\u0000@g.us", "x".repeat(3000));
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
            List<Credential> credentials = List.of(
                    new Credential("", Map.of()),
                    new Credential("", Map.of("Authorization", "Bearer ")),
                    new Credential("", Map.of("Authorization", "Basic dG9rLWFsaWNlOg==")),
                    new Credential("", Map.of("Authorization", "Bearer tok-forged")),
                    new Credential("", Map.of("Authorization", "Bearer INSTFRANK/TOKFRANK")),
                    new Credential("", Map.of("Authorization", "Bearer TOKFRANK")),
                    new Credential("", Map.of("Authorization", "Bearer tok-alice\u00e9")),
                    new Credential("", Map.of("Authorization", "Token " + token)));
            List<String> participants = List.of("4477000000011");
            List<Route> routes = List.of(
                    route("GET", "/communities"),
                    route("POST", "/communities", f("subject", Kind.NAME, "New hub")),
                    route("GET", "/communities/{C}"),
                    route("POST", "/communities/{C}", f("subject", Kind.NAME, "Sub"), f("participants", Kind.LIST, participants)),
                    route("POST", "/communities/{C}/createGroup", f("subject", Kind.NAME, "Sub"),
                            f("participants", Kind.LIST, participants)),
                    route("DELETE", "/communities/{C}"),
                    route("PUT", "/communities/{C}/{G}"),
                    route("DELETE", "/communities/{C}/{G}"),
                    route("GET", "/communities/{C}/subgroups"),
                    route("GET", "/communities/{C}/subGroups"),
                    route("PATCH", "/communities/{C}/settings", f("setting", Kind.ENUM, "modify_groups"),
                            f("policy", Kind.ENUM, "admins")),
                    route("POST", "/communities/{C}/participants", f("participants", Kind.LIST, participants)),
                    route("DELETE", "/communities/{C}/participants", f("participants", Kind.LIST, List.of(CAROL))),
                    route("PATCH", "/communities/{C}/admins", f("participants", Kind.LIST, List.of(CAROL))),
                    route("DELETE", "/communities/{C}/admins", f("participants", Kind.LIST, List.of(ALICE))),
                    route("POST", "/communities/{C}/{G}/join"),
                    route("GET", "/groups"),
                    route("POST", "/groups", f("subject", Kind.NAME, "New"), f("participants", Kind.LIST, participants)),
                    route("PUT", "/groups", f("invite_code", Kind.ID, "AAAAAAAAAAAAAAAAAAAAAA")),
                    route("GET", "/groups/{G}"),
                    route("PUT", "/groups/{G}", f("subject", Kind.NAME, "Renamed")),
                    route("PATCH", "/groups/{G}", f("setting", Kind.ENUM, "send_messages"), f("policy", Kind.ENUM, "admins")),
                    route("DELETE", "/groups/{G}"),
                    route("GET", "/groups/{G}/invite"),
                    route("DELETE", "/groups/{G}/invite"),
                    route("POST", "/groups/{G}/participants", f("participants", Kind.LIST, participants)),
                    route("DELETE", "/groups/{G}/participants", f("participants", Kind.LIST, List.of(DAVE))),
                    route("PATCH", "/groups/{G}/admins", f("participants", Kind.LIST, List.of(DAVE))),
                    route("DELETE", "/groups/{G}/admins", f("participants", Kind.LIST, List.of(DAVE))),
                    route("GET", "/chats"),
                    route("GET", "/chats/{G}"),
                    route("POST", "/messages/text", f("to", Kind.ID, "{G}"), f("body", Kind.TEXT, "hello")),
                    route("GET", "/health"),
                    refusing("PATCH", "/settings", "{\"webhooks\":\"nope\"}", "{\"webhooks\":[{\"url\":12}]}",
                            "{\"webhooks\":[{\"url\":\"not a url\",\"events\":[{\"type\":\"groups\"}]}]}"),
                    route("GET", "/settings"));
            List<String> queries = List.of("/groups?count=0", "/groups?count=501", "/groups?count=abc",
                    "/groups?offset=-1", "/groups?offset=x", "/communities?count=-5", "/chats?count=99999999999",
                    "/chats?offset=1e3", "/groups?count=%00");
            return new Surface(Family.WHAPI, "", auth, routes, Map.of("C", community, "G", group), badIds, badBodyIds,
                    credentials, queries);
        }

        Surface zapi() {
            return zapiAs(ZAPI_PREFIX, Map.of("Client-Token", "CT-FRANK"), List.of(
                    new Credential("/instances/INSTFRANK/token/WRONG", Map.of("Client-Token", "CT-FRANK")),
                    new Credential("/instances/INSTNOBODY/token/TOKFRANK", Map.of("Client-Token", "CT-FRANK")),
                    new Credential("/instances/tok-alice/token/tok-alice", Map.of()),
                    new Credential(ZAPI_PREFIX, Map.of()),
                    new Credential(ZAPI_PREFIX, Map.of("Client-Token", " ")),
                    new Credential(ZAPI_PREFIX, Map.of("Client-Token", "CT-FRANKX")),
                    new Credential(ZAPI_PREFIX, Map.of("Client-Token", "ct-frank")),
                    new Credential("/instances/INST%00FRANK/token/TOKFRANK", Map.of("Client-Token", "CT-FRANK"))));
        }

        /** Erin's instance acting on Frank's ids. */
        Surface zapiStranger() {
            return zapiAs(ZAPI_STRANGER_PREFIX, Map.of(), List.of(
                    new Credential("/instances/INSTERIN/token/TOKFRANK", Map.of()),
                    new Credential("/instances/INSTERIN/token/", Map.of()),
                    new Credential("/instances/%E2%80%AE/token/TOKERIN", Map.of())));
        }

        private Surface zapiAs(String prefix, Map<String, String> auth, List<Credential> credentials) {
            List<String> badIds = List.of("120363999999999999-group", "120363999999999999", digits(bobGroup) + "-group",
                    bobGroup, "abc", "%00", "%E2%80%AE%F0%9F%98%80", "1".repeat(5000) + "-group", "5511999-1700000000",
                    "..%2F..%2F_sim%2Freset", "%FF%FE", "-group", "null");
            // Only malformed ids in bodies: a well-formed unknown group in send-text is a valid (failed) send.
            List<String> badBodyIds = List.of("abc", "", " ", "1-group", "\u0000-group", "x".repeat(3000),
                    "120363999999999999@g.us", "-1");
            List<String> phones = List.of("4477000000011");
            List<Route> routes = List.of(
                    route("POST", "/communities", f("name", Kind.NAME, "New hub")),
                    route("GET", "/communities"),
                    route("GET", "/communities-metadata/{C}"),
                    route("POST", "/communities/link", f("communityId", Kind.ID, "{C}"),
                            f("groupsPhones", Kind.LIST, List.of("{G}"))),
                    route("POST", "/communities/unlink", f("communityId", Kind.ID, "{C}"),
                            f("groupsPhones", Kind.LIST, List.of("{G}"))),
                    route("DELETE", "/communities/{C}"),
                    route("POST", "/communities/settings", f("communityId", Kind.ID, "{C}"),
                            f("whoCanAddNewGroups", Kind.ENUM, "admins")),
                    route("POST", "/update-community-description", f("communityId", Kind.ID, "{C}"),
                            f("communityDescription", Kind.DESCRIPTION, "About")),
                    route("POST", "/add-participant", f("groupId", Kind.ID, "{G}"), f("phones", Kind.LIST, phones)),
                    route("POST", "/remove-participant", f("groupId", Kind.ID, "{G}"), f("phones", Kind.LIST, List.of(CAROL))),
                    route("POST", "/add-admin", f("groupId", Kind.ID, "{G}"), f("phones", Kind.LIST, List.of(CAROL))),
                    route("POST", "/remove-admin", f("groupId", Kind.ID, "{G}"), f("phones", Kind.LIST, List.of(FRANK))),
                    route("POST", "/create-group", f("groupName", Kind.NAME, "New"), f("phones", Kind.LIST, phones)),
                    route("GET", "/group-metadata/{G}"),
                    route("GET", "/light-group-metadata/{G}"),
                    route("GET", "/group-invitation-link/{G}"),
                    route("POST", "/group-invitation-link/{G}"),
                    route("POST", "/redefine-invitation-link/{G}"),
                    route("GET", "/accept-invite-group"),
                    route("POST", "/leave-group", f("groupId", Kind.ID, "{G}")),
                    route("POST", "/update-group-name", f("groupId", Kind.ID, "{G}"), f("groupName", Kind.NAME, "Renamed")),
                    route("POST", "/update-group-description", f("groupId", Kind.ID, "{G}"),
                            f("groupDescription", Kind.DESCRIPTION, "About")),
                    route("POST", "/update-group-settings", f("phone", Kind.ID, "{G}"),
                            f("adminOnlyMessage", Kind.BOOLEAN, true)),
                    route("GET", "/groups"),
                    route("GET", "/chats"),
                    route("GET", "/chats/{G}"),
                    route("GET", "/chat/{G}"),
                    route("POST", "/send-text", f("phone", Kind.ID, "{G}"), f("message", Kind.TEXT, "hello")),
                    route("GET", "/status"));
            List<String> queries = List.of("/groups?page=0", "/groups?page=-1&pageSize=5", "/groups?page=1&pageSize=0",
                    "/groups?page=1&pageSize=1001", "/chats?page=x&pageSize=2", "/communities?page=1&pageSize=abc",
                    "/accept-invite-group?url=nope", "/accept-invite-group?url=https%3A%2F%2Fchat.whatsapp.com%2FAAAAAAAAAAAAAAAAAAAAAA",
                    "/accept-invite-group", "/accept-invite-group?url=%00%E2%80%AE");
            return new Surface(Family.ZAPI, prefix, auth, routes, Map.of("C", zCommunity, "G", zGroup), badIds,
                    badBodyIds, credentials, queries);
        }

        Surface control() {
            List<Route> routes = List.of(
                    route("GET", "/health"),
                    refusing("POST", "/reset", "[1]"),
                    route("GET", "/state"),
                    refusing("PUT", "/state", "{\"groups\":\"x\"}", "{\"version\":1,\"groups\":[{\"id\":\"bad\"}]}",
                            "{\"groups\":[{\"id\":\"120363000000000001\",\"kind\":\"COMMUNITY_PARENT\",\"subject\":\"P\","
                                    + "\"participants\":[{\"phone\":\"15551110001\",\"rank\":\"creator\"}]}]}",
                            "{\"version\":99}", "{\"settings\":{\"maxGroupSize\":-1}}"),
                    route("GET", "/settings"),
                    refusing("PUT", "/settings", "{\"maxCommunityMembers\":-1}", "{\"maxGroupSize\":\"big\"}",
                            "{\"unlinkPolicy\":\"sometimes\"}", "{\"strictAuth\":\"yes\"}", "{\"nosuch\":1}",
                            "{\"maxLinkedGroups\":1.5}", "{\"maxCommunityMembers\":99999999999}",
                            "{\"maxGroupSize\":3,\"unknown\":true}"),
                    route("GET", "/channels"),
                    route("POST", "/channels", f("dialect", Kind.ENUM, "whapi"), f("token", Kind.TEXT, "tok-new"),
                            f("phone", Kind.ID, "15551119999")),
                    route("POST", "/act-as/{P}/join", f("inviteCode", Kind.ID, "AAAAAAAAAAAAAAAAAAAAAA")),
                    route("POST", "/act-as/{P}/leave", f("groupId", Kind.ID, "120363999999999999@g.us")),
                    route("POST", "/act-as/{P}/send", f("to", Kind.ID, "120363999999999999@g.us"),
                            f("text", Kind.TEXT, "hi")),
                    route("GET", "/clock"),
                    refusing("PUT", "/clock", "{}", "{\"now\":\"yesterday\"}", "{\"epochMillis\":\"x\"}",
                            "{\"now\":\"2026-01-01T00:00:00Z\",\"epochMillis\":1}"),
                    refusing("POST", "/clock/advance", "{\"seconds\":\"x\"}", "{\"seconds\":1,\"millis\":1}", "{\"millis\":[1]}"),
                    route("GET", "/messages"),
                    refusing("POST", "/faults", "{\"status\":99}", "{\"status\":\"x\"}", "{\"times\":0}",
                            "{\"probability\":7}", "{\"dialect\":\"sms\"}", "{\"delayMillis\":-1}", "{\"method\":7}"),
                    route("GET", "/faults"),
                    route("DELETE", "/faults"),
                    route("DELETE", "/faults/{F}"),
                    refusing("PUT", "/rate-limits", "{\"requests\":0}", "{\"windowSeconds\":-1}", "{\"requests\":\"x\"}"),
                    route("GET", "/rate-limits"),
                    route("DELETE", "/rate-limits"),
                    route("GET", "/journal"),
                    route("DELETE", "/journal"),
                    route("GET", "/scenarios"),
                    refusing("POST", "/scenarios", "{\"name\":\"no-such-scenario\"}", "{}", "{\"name\":7}",
                            "{\"scenario\":{\"groups\":\"x\"}}", "{\"name\":\"a\",\"scenario\":{}}"),
                    route("GET", "/webhooks"),
                    route("PUT", "/webhooks", f("dialect", Kind.ENUM, "whapi"), f("token", Kind.ID, "tok-alice"),
                            f("url", Kind.ID, "ftp://not-http")),
                    route("GET", "/webhooks/deliveries"),
                    route("DELETE", "/webhooks/deliveries"));
            List<String> badIds = List.of("abc", "%00", "123", "1".repeat(16), "%E2%80%AE", "no-such-rule", "-1");
            // GET /_sim/messages filters (status, chatId) answer an empty list for values that match nothing.
            List<String> queries = List.of("/journal?limit=0", "/journal?limit=x", "/journal?status=abc");
            return new Surface(Family.CONTROL, "/_sim", Map.of(), routes, Map.of("P", BOB, "F", "no-such-rule"),
                    badIds, List.of("abc", "", "\u0000", "x".repeat(3000)), List.of(), queries);
        }

        private static String digits(String id) {
            return id.replaceAll("\\D.*$", "");
        }
    }
}
