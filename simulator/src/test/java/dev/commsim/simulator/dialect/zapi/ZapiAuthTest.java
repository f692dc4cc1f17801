package dev.commsim.simulator.dialect.zapi;

import static dev.commsim.simulator.dialect.zapi.ZapiPhones.ANA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.commsim.simulator.support.RunningSimulator;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Instance credentials in the path, the Client-Token header, strict mode and auto-provisioning (zapi.md §1). */
class ZapiAuthTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private static final String INSTANCE = "3E987B16F401B0FF1B8DA2BF932F5DDF";
    private static final String TOKEN = "A1B2C3D4E5F6A1B2C3D4E5F6";

    private static RequestSpecification as(String instanceId, String token) {
        return RestAssured.given().baseUri(SIM.baseUrl()).basePath("/instances/" + instanceId + "/token/" + token)
                .contentType(ContentType.JSON);
    }

    @Test
    void aChannelDeclaredWithAClientTokenRefusesARequestWithoutTheHeader() {
        ZapiClient.declare(SIM, INSTANCE, TOKEN, ANA, "F00DCAFE");

        as(INSTANCE, TOKEN).body(Map.of("name", "Hub")).post("/communities").then().statusCode(400)
                .body("error", equalTo("your client-token is not configured"));
        assertThat(SIM.control().get("/_sim/state").then().extract().jsonPath().getList("communities")).isEmpty();
    }

    @Test
    void aWrongClientTokenIsForbiddenAndNamed() {
        ZapiClient.declare(SIM, INSTANCE, TOKEN, ANA, "F00DCAFE");

        as(INSTANCE, TOKEN).header("Client-Token", "BADBAD").get("/communities").then().statusCode(403)
                .body("error", equalTo("Client-Token BADBAD not allowed"));
    }

    @Test
    void theRightClientTokenIsServed() {
        ZapiClient ana = ZapiClient.declare(SIM, INSTANCE, TOKEN, ANA, "F00DCAFE");

        ana.raw().get("/communities").then().statusCode(200);
        as(INSTANCE, TOKEN).header("client-token", "F00DCAFE").get("/status").then().statusCode(200)
                .body("connected", equalTo(true)).body("smartphoneConnected", equalTo(true));
    }

    @Test
    void aChannelDeclaredWithoutAClientTokenIgnoresTheHeader() {
        ZapiClient.declare(SIM, INSTANCE, TOKEN, ANA, null);

        as(INSTANCE, TOKEN).get("/communities").then().statusCode(200);
        as(INSTANCE, TOKEN).header("Client-Token", "anything").get("/communities").then().statusCode(200);
    }

    @Test
    void inStrictModeAnUnknownInstanceIsNotFound() {
        SIM.control().body(Map.of("strictAuth", true)).put("/_sim/settings").then().statusCode(200);
        ZapiClient.declare(SIM, INSTANCE, TOKEN, ANA, null);

        as("UNKNOWNINSTANCE", TOKEN).get("/communities").then().statusCode(400)
                .body("error", equalTo("Instance not found"));
        as(INSTANCE, "WRONGTOKEN").get("/communities").then().statusCode(400)
                .body("error", equalTo("Instance not found"));
        as(INSTANCE, TOKEN).get("/communities").then().statusCode(200);
    }

    @Test
    void anUnknownInstanceIsProvisionedWithAStablePhoneByDefault() {
        String owner = as("NEWINSTANCE", "NEWTOKEN").body(Map.of("autoInvite", false, "groupName", "Mine",
                        "phones", List.of(ANA))).post("/create-group").then().statusCode(200)
                .extract().path("phone");

        String creator = as("NEWINSTANCE", "NEWTOKEN").get("/group-metadata/" + owner).then().statusCode(200)
                .extract().path("owner");
        List<Map<String, Object>> channels = SIM.control().get("/_sim/channels").then().statusCode(200)
                .extract().jsonPath().getList("channels");
        assertThat(channels).anySatisfy(channel -> {
            assertThat(channel.get("instanceId")).isEqualTo("NEWINSTANCE");
            assertThat(channel.get("phone")).isEqualTo(creator);
            assertThat(channel.get("declared")).isEqualTo(false);
        });
        // Another instance is another account.
        as("OTHERINSTANCE", "NEWTOKEN").get("/group-metadata/" + owner).then().statusCode(400);
    }
}
