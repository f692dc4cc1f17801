package dev.commsim.simulator.dialect.zapi;

import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ANA;
import static dev.commsim.simulator.dialect.zapi.ZapiPhones.BRUNO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.commsim.simulator.support.RunningSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP surface: 404, 405, 415, malformed bodies and ids, paging (zapi.md §1, §3). */
class ZapiWireTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private ZapiClient ana;

    @BeforeEach
    void declare() {
        ana = ZapiClient.declare(SIM, ANA);
    }

    @Test
    void aWrongMethodOnAKnownPathIs405WithAnEmptyBody() {
        ana.raw().get("/send-text").then().statusCode(405).body(equalTo(""));
        ana.raw().delete("/create-group").then().statusCode(405).body(equalTo(""));
        ana.raw().post("/groups").then().statusCode(405).body(equalTo(""));
    }

    @Test
    void anUnknownPathIs404WithAnErrorEnvelope() {
        ana.raw().get("/no-such-endpoint").then().statusCode(404).body("error", startsWith("no such endpoint"));
        ana.raw().get("/communities/link/extra").then().statusCode(404).body("error", startsWith("no such endpoint"));
        SIM.control().basePath("/instances/ONLYANINSTANCE").get("").then().statusCode(404)
                .body("error", startsWith("no such endpoint"));
    }

    @Test
    void aBodyWithoutAJsonContentTypeIs415AndChangesNothing() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create(SIM.baseUrl() + ana.basePath() + "/communities");
        HttpRequest noType = HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Hub\"}")).build();
        HttpRequest formType = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Hub\"}")).build();

        for (HttpRequest request : List.of(noType, formType)) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(415);
            assertThat(response.body()).isEmpty();
        }
        assertThat(ana.communities()).isEmpty();
    }

    @Test
    void aBodylessPostNeedsNoContentType() throws IOException, InterruptedException {
        String group = ana.createGroup("Engineering", BRUNO);
        HttpRequest request = HttpRequest.newBuilder(URI.create(SIM.baseUrl() + ana.basePath()
                + "/redefine-invitation-link/" + group)).POST(HttpRequest.BodyPublishers.noBody()).build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"invitationLink\":\"https://chat.whatsapp.com/");
    }

    @Test
    void malformedJsonIs400() {
        ana.raw().body("{\"name\": ").post("/communities").then().statusCode(400)
                .body("error", equalTo("the body is not valid JSON"));
        ana.raw().body("[1, 2]").post("/communities").then().statusCode(400)
                .body("error", equalTo("the body must be a JSON object"));
    }

    @Test
    void aFieldOfTheWrongTypeIs400NamingIt() {
        ana.raw().body(Map.of("groupName", 42, "phones", List.of(BRUNO))).post("/create-group").then()
                .statusCode(400).body("error", equalTo("'groupName' must be a string"));
        ana.raw().body(Map.of("groupName", "Eng", "phones", BRUNO)).post("/create-group").then()
                .statusCode(400).body("error", equalTo("'phones' must be an array of strings"));
        ana.raw().body(Map.of("groupName", "Eng", "phones", List.of("+55 11 9"))).post("/create-group").then()
                .statusCode(400).body("error", startsWith("'phones' holds an invalid number: +55 11 9"));
        ana.raw().body(Map.of("groupId", "120363019502650977@g.us", "phones", List.of(BRUNO)))
                .post("/add-participant").then()
                .statusCode(400).body("error", equalTo("'groupId' must be a group id like 120363019502650977-group"));
        ana.raw().body(Map.of("communityId", "not-a-community", "groupsPhones", List.of("1203630195026509-group")))
                .post("/communities/link").then()
                .statusCode(400).body("error", equalTo("'communityId' must be a community id like 120363019502650977"));
        ana.raw().body(Map.of("phone", "120363019502650977-group")).post("/update-group-settings").then()
                .statusCode(400).body("error", startsWith("one of 'adminOnlyMessage'"));
        assertThat(ana.list("/groups").size()).isZero();
    }

    @Test
    void anUnknownGroupAnswersInItsEndpointFamilysShape() {
        String unknown = "120363999999999999-group";

        ana.raw().get("/group-metadata/" + unknown).then().statusCode(400).body("error", equalTo("Group not found"));
        ana.raw().get("/communities-metadata/120363999999999999").then().statusCode(400)
                .body("error", equalTo("Community not found"));
        ana.raw().get("/chats/" + unknown).then().statusCode(400).body("error", equalTo("Chat not found"));
        ana.raw().post("/redefine-invitation-link/120363999999999999").then().statusCode(400)
                .body("error", equalTo("Community not found"));
        ana.raw().body(Map.of("groupId", unknown, "phones", List.of(BRUNO))).post("/add-participant").then()
                .statusCode(200).body("value", equalTo(false));
        ana.raw().delete("/communities/120363999999999999").then().statusCode(200).body("success", equalTo(false));
        ana.raw().queryParam("url", "https://chat.whatsapp.com/AAAAAAAAAAAAAAAAAAAAAA").get("/accept-invite-group")
                .then().statusCode(200).body("success", equalTo(false));
    }

    @Test
    void listsPageOneBasedAndAnswerEverythingWithoutPaging() {
        ZapiClient.Community first = ana.createCommunity("First");
        ZapiClient.Community second = ana.createCommunity("Second");
        ZapiClient.Community third = ana.createCommunity("Third");

        assertThat(ana.raw().get("/communities").then().statusCode(200).extract().jsonPath().getList("id"))
                .containsExactlyInAnyOrder(first.id(), second.id(), third.id());
        assertThat(ana.raw().queryParam("page", 1).queryParam("pageSize", 2).get("/communities")
                .then().statusCode(200).extract().jsonPath().getList("id")).hasSize(2);
        assertThat(ana.raw().queryParam("page", 2).queryParam("pageSize", 2).get("/communities")
                .then().statusCode(200).extract().jsonPath().getList("id")).hasSize(1);
        ana.raw().queryParam("page", 3).queryParam("pageSize", 2).get("/groups").then().statusCode(200)
                .body("size()", equalTo(0));
        ana.raw().queryParam("page", 0).queryParam("pageSize", 2).get("/chats").then().statusCode(400)
                .body("error", equalTo("'page' must be an integer >= 1"));
        ana.raw().queryParam("page", 1).queryParam("pageSize", "ten").get("/chats").then().statusCode(400)
                .body("error", startsWith("'pageSize' must be an integer"));
    }
}
