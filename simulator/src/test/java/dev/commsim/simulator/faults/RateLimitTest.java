package dev.commsim.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.commsim.simulator.support.RunningSimulator;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Simulated rate limiting: past N requests in a window of the simulated clock, 429 in the provider's shape. */
class RateLimitTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator();

    private static void limit(String json) {
        SIM.control().body(json).put("/_sim/rate-limits").then().statusCode(200);
    }

    private static void advanceSeconds(int seconds) {
        SIM.control().body("{\"seconds\":" + seconds + "}").post("/_sim/clock/advance").then().statusCode(200);
    }

    private static List<Integer> whapiStatuses(String token, int count) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(SIM.whapi(token).get("/groups").statusCode());
        }
        return statuses;
    }

    private static RequestSpecification zapi(String instance) {
        return RestAssured.given().baseUri(SIM.baseUrl() + "/instances/" + instance + "/token/TOK")
                .contentType(ContentType.JSON);
    }

    @Test
    void theFourthRequestInAMinuteIs429UntilTheClockMovesOn() {
        limit("{\"requests\":3,\"windowSeconds\":60}");
        assertThat(whapiStatuses("tok-alice", 3)).containsOnly(200);

        int retryAfter = Integer.parseInt(SIM.whapi("tok-alice").get("/groups").then().statusCode(429)
                .body("error.code", equalTo(429))
                .body("error.message", equalTo("Too Many Requests"))
                .extract().header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 60);
        advanceSeconds(30);
        // the simulated clock also runs with real time, so only bounds hold: at most 30 s are left
        String later = SIM.whapi("tok-alice").get("/groups").then().statusCode(429).extract().header("Retry-After");
        assertThat(Integer.parseInt(later)).isBetween(1, 30);

        advanceSeconds(31);
        assertThat(whapiStatuses("tok-alice", 4)).containsExactly(200, 200, 200, 429);
    }

    @Test
    void eachChannelHasItsOwnCount() {
        limit("{\"requests\":2,\"windowSeconds\":60}");

        assertThat(whapiStatuses("tok-alice", 3)).containsExactly(200, 200, 429);
        assertThat(whapiStatuses("tok-bob", 2)).containsExactly(200, 200);
    }

    @Test
    void aLimitForOneChannelBeatsTheGeneralOne() {
        limit("{\"requests\":5,\"windowSeconds\":60}");
        limit("{\"requests\":1,\"windowSeconds\":60,\"channel\":\"tok-alice\"}");

        assertThat(whapiStatuses("tok-alice", 2)).containsExactly(200, 429);
        assertThat(whapiStatuses("tok-bob", 6)).containsExactly(200, 200, 200, 200, 200, 429);
    }

    @Test
    void zapiAnswers429InItsOwnShapeAndWhapiIsNotCounted() {
        limit("{\"requests\":1,\"windowSeconds\":10,\"dialect\":\"zapi\"}");

        zapi("INST1").get("/groups").then().statusCode(200);
        zapi("INST1").get("/groups").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9]|10"))
                .body("error", equalTo("Too Many Requests"));
        zapi("INST2").get("/groups").then().statusCode(200);
        assertThat(whapiStatuses("tok-alice", 3)).containsOnly(200);
    }

    @Test
    void theLimitsAreListedWithTheirOpenWindows() {
        limit("{\"requests\":3,\"windowSeconds\":60,\"dialect\":\"whapi\"}");
        whapiStatuses("tok-alice", 2);

        JsonPath listed = SIM.control().get("/_sim/rate-limits").then().statusCode(200).extract().jsonPath();

        assertThat(listed.getList("rateLimits")).hasSize(1);
        assertThat(listed.getInt("rateLimits[0].requests")).isEqualTo(3);
        assertThat(listed.getString("rateLimits[0].dialect")).isEqualTo("whapi");
        assertThat(listed.getString("rateLimits[0].openWindows[0].channel")).isEqualTo("tok-alice");
        assertThat(listed.getInt("rateLimits[0].openWindows[0].requests")).isEqualTo(2);
    }

    @Test
    void puttingTheSameScopeAgainReplacesTheLimitAndItsCounts() {
        limit("{\"requests\":1,\"windowSeconds\":60}");
        assertThat(whapiStatuses("tok-alice", 2)).containsExactly(200, 429);

        limit("{\"requests\":2,\"windowSeconds\":60}");

        assertThat(whapiStatuses("tok-alice", 3)).containsExactly(200, 200, 429);
        SIM.control().get("/_sim/rate-limits").then().body("rateLimits", hasSize(1));
    }

    @Test
    void deleteAndResetLiftEveryLimit() {
        limit("{\"requests\":1,\"windowSeconds\":60}");
        whapiStatuses("tok-alice", 2);

        SIM.control().delete("/_sim/rate-limits").then().statusCode(200).body("removed", equalTo(1));
        assertThat(whapiStatuses("tok-alice", 3)).containsOnly(200);

        limit("{\"requests\":1,\"windowSeconds\":60}");
        SIM.control().post("/_sim/reset").then().statusCode(200);
        assertThat(whapiStatuses("tok-alice", 3)).containsOnly(200);
        SIM.control().get("/_sim/rate-limits").then().body("rateLimits", hasSize(0));
    }

    @Test
    void theControlPlaneIsNeverLimited() {
        limit("{\"requests\":1,\"windowSeconds\":60}");

        for (int i = 0; i < 3; i++) {
            SIM.control().get("/_sim/state").then().statusCode(200);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"windowSeconds\":60}                          | 'requests' is required",
            "{\"requests\":3}                                | 'windowSeconds' is required",
            "{\"requests\":0,\"windowSeconds\":60}           | 'requests'",
            "{\"requests\":3,\"windowSeconds\":0}            | 'windowSeconds'",
            "{\"requests\":3,\"windowSeconds\":60,\"dialect\":\"sms\"} | 'dialect'",
            "{\"requests\":3,\"windowSeconds\":60,\"channel\":5}       | 'channel'",
            "{\"requests\":3,\"windowSeconds\":60,\"perMinute\":1}     | unknown field 'perMinute'",
    })
    void aBadLimitIsRefusedNamingTheField(String body, String problem) {
        SIM.control().body(body).put("/_sim/rate-limits").then().statusCode(400).body("error", containsString(problem));
        SIM.control().get("/_sim/rate-limits").then().body("rateLimits", hasSize(0));
    }
}
