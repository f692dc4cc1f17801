package dev.commsim.simulator.faults;

import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fault rules answer a Z-API client in Z-API's own error shape, matched by instance id. */
class ZapiFaultsTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private static RequestSpecification instance(String id) {
        return RestAssured.given().baseUri(SIM.baseUrl() + "/instances/" + id + "/token/TOK" + id)
                .contentType(ContentType.JSON);
    }

    @Test
    void aStatusWithoutBodyAnswersZapisErrorShape() {
        SIM.control().body("{\"dialect\":\"zapi\",\"path\":\"/instances/*/token/*/send-text\",\"status\":500}")
                .post("/_sim/faults").then().statusCode(201);

        instance("INST1").body(Map.of("phone", "5511999990001", "message", "hi")).post("/send-text")
                .then().statusCode(500).body("error", equalTo("Internal Server Error"));
    }

    @Test
    void aGivenMessageAndTheInstanceIdAsChannel() {
        SIM.control().body("{\"channel\":\"INST1\",\"status\":400,\"message\":\"Invalid phone\"}")
                .post("/_sim/faults").then().statusCode(201);

        instance("INST1").get("/groups").then().statusCode(400).body("error", equalTo("Invalid phone"));
        instance("INST2").get("/groups").then().statusCode(200);
    }

    @Test
    void aWhapiRuleLeavesZapiAlone() {
        SIM.control().body("{\"dialect\":\"whapi\",\"status\":500}").post("/_sim/faults").then().statusCode(201);

        instance("INST1").get("/groups").then().statusCode(200);
        SIM.whapi("tok-any").get("/groups").then().statusCode(500).body("error.code", equalTo(500));
    }
}
