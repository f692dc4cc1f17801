package dev.commsim.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A Whapi.Cloud client as a user's code would be, one per channel token, for readable scenario tests.
 * Steps that set up a scenario assert their own success; the act under test uses {@link #raw()}.
 */
public final class WhapiClient {
    private final RunningSimulator sim;
    private final String token;
    private final String phone;

    WhapiClient(RunningSimulator sim, String token, String phone) {
        this.sim = sim;
        this.token = token;
        this.phone = phone;
    }

    /** Declares a Whapi channel with a known phone. */
    public static WhapiClient declare(RunningSimulator sim, String token, String phone) {
        sim.control().body(Map.of("dialect", "whapi", "token", token, "phone", phone))
                .post("/_sim/channels").then().statusCode(201);
        return new WhapiClient(sim, token, phone);
    }

    public String phone() {
        return phone;
    }

    public io.restassured.specification.RequestSpecification raw() {
        return sim.whapi(token);
    }

    /** Creates a community; answers its id and its announcement group's id. */
    public Community createCommunity(String name) {
        String id = raw().body(Map.of("subject", name)).post("/communities")
                .then().statusCode(200).extract().path("id");
        String announcement = raw().get("/communities/" + id + "/subgroups")
                .then().statusCode(200).extract().path("announceGroupInfo.id");
        return new Community(id, announcement);
    }

    public record Community(String id, String announcementId) {
    }

    public String createGroup(String subject, String... participants) {
        return raw().body(Map.of("subject", subject, "participants", Arrays.asList(participants)))
                .post("/groups").then().statusCode(200).extract().path("id");
    }

    public Response link(String communityId, String groupId) {
        return raw().put("/communities/" + communityId + "/" + groupId);
    }

    public void linked(String communityId, String groupId) {
        link(communityId, groupId).then().statusCode(200);
    }

    public Response unlink(String communityId, String groupId) {
        return raw().delete("/communities/" + communityId + "/" + groupId);
    }

    public JsonPath group(String groupId) {
        return raw().get("/groups/" + groupId).then().statusCode(200).extract().jsonPath();
    }

    /** The phones in a group, as the group's own participant list shows them. */
    public List<String> participants(String groupId) {
        return group(groupId).getList("participants.id");
    }

    public Response addParticipants(String groupId, String... phones) {
        return raw().body(Map.of("participants", Arrays.asList(phones))).post("/groups/" + groupId + "/participants");
    }

    public Response removeParticipants(String groupId, String... phones) {
        return raw().body(Map.of("participants", Arrays.asList(phones))).delete("/groups/" + groupId + "/participants");
    }

    public Response addToCommunity(String communityId, String... phones) {
        return raw().body(Map.of("participants", Arrays.asList(phones)))
                .post("/communities/" + communityId + "/participants");
    }

    public Response send(String to, String text) {
        return raw().body(Map.of("to", to, "body", text)).post("/messages/text");
    }

    /** Every group id this channel lists in {@code GET /groups}. */
    public List<String> listedGroupIds() {
        JsonPath page = raw().queryParam("count", 500).get("/groups").then().statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("groups.id");
        assertThat(ids).hasSize(page.getInt("total"));
        return ids;
    }
}
