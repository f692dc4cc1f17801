package dev.commsim.simulator.dialect.zapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.http.Json;
import dev.commsim.simulator.support.RunningSimulator;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Z-API client as a user's code would be, one per instance, for readable scenario tests. Setup
 * steps assert their own success; the act under test uses {@link #raw()} or the answer-returning calls.
 */
final class ZapiClient {
    private final RunningSimulator sim;
    private final String instanceId;
    private final String token;
    private final String phone;
    private final String clientToken;

    private ZapiClient(RunningSimulator sim, String instanceId, String token, String phone, String clientToken) {
        this.sim = sim;
        this.instanceId = instanceId;
        this.token = token;
        this.phone = phone;
        this.clientToken = clientToken;
    }

    /** Declares an instance bound to a chosen phone, credentials derived from it. */
    static ZapiClient declare(RunningSimulator sim, String phone) {
        return declare(sim, "INST" + phone, "TOK" + phone, phone, null);
    }

    static ZapiClient declare(RunningSimulator sim, String instanceId, String token, String phone, String clientToken) {
        Map<String, Object> body = new HashMap<>(Map.of("dialect", "zapi", "instanceId", instanceId, "token", token,
                "phone", phone));
        if (clientToken != null) {
            body.put("clientToken", clientToken);
        }
        sim.control().body(body).post("/_sim/channels").then().statusCode(201);
        return new ZapiClient(sim, instanceId, token, phone, clientToken);
    }

    /** An instance nobody declared: the simulator provisions it on first use (phone unknown to the test). */
    static ZapiClient undeclared(RunningSimulator sim, String instanceId, String token) {
        return new ZapiClient(sim, instanceId, token, null, null);
    }

    String phone() {
        return phone;
    }

    String basePath() {
        return "/instances/" + instanceId + "/token/" + token;
    }

    /** A request as this instance, with its Client-Token when it has one. */
    RequestSpecification raw() {
        RequestSpecification spec = RestAssured.given().baseUri(sim.baseUrl()).basePath(basePath())
                .contentType(ContentType.JSON);
        return clientToken == null ? spec : spec.header("Client-Token", clientToken);
    }

    // --- communities -------------------------------------------------------------------------------

    record Community(String id, String announcement) {
    }

    Community createCommunity(String name) {
        JsonPath created = raw().body(Map.of("name", name)).post("/communities")
                .then().statusCode(200).extract().jsonPath();
        return new Community(created.getString("id"), created.getString("subGroups[0].phone"));
    }

    boolean link(String communityId, String... groups) {
        return success(post("/communities/link", Map.of("communityId", communityId,
                "groupsPhones", Arrays.asList(groups))));
    }

    void linked(String communityId, String... groups) {
        if (!link(communityId, groups)) {
            throw new AssertionError("setup link failed: " + Arrays.toString(groups));
        }
    }

    boolean unlink(String communityId, String... groups) {
        return success(post("/communities/unlink", Map.of("communityId", communityId,
                "groupsPhones", Arrays.asList(groups))));
    }

    JsonPath communityMetadata(String communityId) {
        return raw().get("/communities-metadata/" + communityId).then().statusCode(200).extract().jsonPath();
    }

    List<String> communities() {
        return raw().get("/communities").then().statusCode(200).extract().jsonPath().getList("id");
    }

    // --- groups ------------------------------------------------------------------------------------

    String createGroup(String name, String... phones) {
        return raw().body(Map.of("autoInvite", false, "groupName", name, "phones", Arrays.asList(phones)))
                .post("/create-group").then().statusCode(200).extract().path("phone");
    }

    JsonPath metadata(String group) {
        return raw().get("/group-metadata/" + group).then().statusCode(200).extract().jsonPath();
    }

    List<String> participants(String group) {
        return metadata(group).getList("participants.phone");
    }

    List<String> admins(String group) {
        return metadata(group).getList("participants.findAll { it.isAdmin }.phone");
    }

    /** A participant or admin change ({@code /add-participant}, ...) on a group: its {@code value}. */
    boolean onGroup(String endpoint, String group, String... phones) {
        return value(post(endpoint, Map.of("groupId", group, "phones", Arrays.asList(phones))));
    }

    /** The same endpoints in their community form. */
    boolean onCommunity(String endpoint, String communityId, String... phones) {
        return value(post(endpoint, Map.of("communityId", communityId, "phones", Arrays.asList(phones))));
    }

    String invitationLink(String group) {
        return raw().get("/group-invitation-link/" + group).then().statusCode(200).extract().path("invitationLink");
    }

    boolean acceptInvite(String link) {
        return raw().queryParam("url", link).get("/accept-invite-group")
                .then().statusCode(200).extract().path("success");
    }

    // --- chats and messages --------------------------------------------------------------------------

    /** A listing as a Jackson tree, for type checks. */
    JsonNode list(String path) {
        return tree(raw().get(path).then().statusCode(200).extract().response());
    }

    JsonPath sendText(String phone, String message) {
        return raw().body(Map.of("phone", phone, "message", message)).post("/send-text")
                .then().statusCode(200).extract().jsonPath();
    }

    // --- plumbing -----------------------------------------------------------------------------------

    Response post(String path, Object body) {
        return raw().body(body).post(path);
    }

    static boolean value(Response response) {
        return response.then().statusCode(200).extract().path("value");
    }

    static boolean success(Response response) {
        return response.then().statusCode(200).extract().path("success");
    }

    static JsonNode tree(Response response) {
        try {
            return Json.read(response.asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
