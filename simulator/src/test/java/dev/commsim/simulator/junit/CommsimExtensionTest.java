package dev.commsim.simulator.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.admin.CommsimAdmin;
import dev.commsim.simulator.admin.CommsimAdminException;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JUnit extension and admin client, used as a team reproducing a bug would: a scenario loaded
 * before each test, the base URL injected for their own client, the admin client for the rest.
 */
@Commsim(scenario = "member-in-two-linked-groups")
class CommsimExtensionTest {
    private static final String HUB = "120363100000000021@g.us";
    private static final String ANNOUNCEMENT = "120363100000000022@g.us";
    private static final String ENGINEERING = "120363100000300001@g.us";
    private static final String BOB = "15551110002";
    private static final String CAROL = "15551110003";

    private String baseUrl;

    @BeforeEach
    void client(@CommsimUrl String baseUrl) {
        this.baseUrl = baseUrl;
    }

    private RequestSpecification asAlice() {
        return RestAssured.given().baseUri(baseUrl).contentType("application/json")
                .header("Authorization", "Bearer tok-alice");
    }

    @Test
    void eachTestStartsFromTheScenarioWhateverTheLastOneDid(CommsimAdmin admin) {
        asAlice().delete("/communities/" + HUB).then().statusCode(200);
        admin.reset();
        admin.loadScenario("member-in-two-linked-groups");

        asAlice().get("/communities/" + HUB).then().statusCode(200);
        assertThat(admin.state().path("communities").size()).isEqualTo(1);
    }

    @Test
    void aFaultRuleReproducesAFlakyLinkAndTheJournalShowsIt(CommsimAdmin admin) {
        admin.addFault(Map.of("method", "DELETE", "path", "/communities/*/*", "status", 503, "times", 1));

        asAlice().delete("/communities/" + HUB + "/" + ENGINEERING).then().statusCode(503);
        asAlice().delete("/communities/" + HUB + "/" + ENGINEERING).then().statusCode(200);

        List<JsonNode> unlinks = admin.journal(Map.of("method", "DELETE"));
        assertThat(unlinks).extracting(entry -> entry.path("outcome").asText()).containsExactly("fault", "served");
        assertThat(unlinks.get(1).path("events").toString()).contains("participants_removed", CAROL);
    }

    @Test
    void someoneElseLeavesAndTheClockMoves(CommsimAdmin admin) {
        Instant start = Instant.parse("2031-05-01T10:00:00Z");
        admin.setClock(start);
        admin.actAs(BOB).leave(ENGINEERING);
        admin.advanceClock(Duration.ofHours(2));

        assertThat(admin.now()).isBetween(start.plus(Duration.ofHours(2)), start.plus(Duration.ofHours(2).plusMinutes(1)));
        List<String> members = asAlice().get("/groups/" + ENGINEERING).then().statusCode(200)
                .extract().path("participants.id");
        assertThat(members).doesNotContain(BOB);
        List<String> community = asAlice().get("/groups/" + ANNOUNCEMENT).then().extract().path("participants.id");
        assertThat(community).contains(BOB);
    }

    @Test
    void aRefusalOfTheControlPlaneIsAnExceptionWithItsText(CommsimAdmin admin) {
        assertThatThrownBy(() -> admin.actAs(CAROL).send(ANNOUNCEMENT, "may I?"))
                .isInstanceOf(CommsimAdminException.class)
                .hasMessageContaining("send forbidden")
                .extracting(e -> ((CommsimAdminException) e).status()).isEqualTo(403);
        assertThatThrownBy(() -> admin.loadScenario("no-such-scenario"))
                .isInstanceOf(CommsimAdminException.class).hasMessageContaining("no scenario named");
    }
}
