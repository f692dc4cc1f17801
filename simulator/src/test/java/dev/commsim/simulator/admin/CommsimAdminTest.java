package dev.commsim.simulator.admin;

import static dev.commsim.simulator.support.Phones.ALICE;
import static dev.commsim.simulator.support.Phones.BOB;
import static dev.commsim.simulator.support.Phones.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.simulator.support.RunningSimulator;
import dev.commsim.simulator.support.WhapiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every method of the typed control-plane client, against a running simulator. */
class CommsimAdminTest {
    @RegisterExtension
    static final RunningSimulator SIM = new RunningSimulator().withWhapiChannel("tok-alice", ALICE);

    private final WhapiClient alice = SIM.client("tok-alice");
    private final CommsimAdmin admin = new CommsimAdmin(SIM.baseUrl() + "/");

    @Test
    void channelsSettingsAndStateGoOutAndComeBack() {
        admin.declareWhapiChannel("tok-bob", BOB);
        admin.declareZapiChannel("CAROL-I", "CAROL-T", "CAROL-CT", CAROL);
        assertThat(admin.settings(Map.of("maxLinkedGroups", 7)).path("maxLinkedGroups").asInt()).isEqualTo(7);
        alice.createGroup("Engineering", BOB);
        JsonNode state = admin.state();

        admin.reset();
        assertThat(admin.state().path("groups")).isEmpty();
        admin.importState(state);

        assertThat(admin.state()).isEqualTo(state);
        assertThat(state.path("channels").findValuesAsText("instanceId")).containsExactly("CAROL-I");
        assertThat(admin.loadScenario("non-admin-member").path("loaded").asBoolean()).isTrue();
        assertThat(admin.loadScenario(state).path("groups").asInt()).isEqualTo(1);
    }

    @Test
    void faultsAndRateLimitsAreAddedAndTakenAway() {
        String id = admin.addFault(Map.of("method", "GET", "path", "/groups", "status", 503));
        alice.raw().get("/groups").then().statusCode(503);
        admin.removeFault(id);
        alice.raw().get("/groups").then().statusCode(200);
        admin.addFault(Map.of("path", "/groups", "status", 502));
        admin.clearFaults();
        alice.raw().get("/groups").then().statusCode(200);

        admin.rateLimit(1, 60);
        alice.raw().get("/groups").then().statusCode(200);
        alice.raw().get("/groups").then().statusCode(429);
        admin.clearRateLimits();
        alice.raw().get("/groups").then().statusCode(200);
    }

    @Test
    void theClockMovesAndSomeoneElseActsAndEverythingIsJournalled() {
        admin.setClock(Instant.parse("2030-01-01T00:00:00Z"));
        admin.advanceClock(Duration.ofHours(1));
        assertThat(admin.now()).isBetween(Instant.parse("2030-01-01T01:00:00Z"), Instant.parse("2030-01-01T01:00:05Z"));
        String group = alice.createGroup("Engineering", BOB);
        String code = alice.raw().get("/groups/" + group + "/invite").then().statusCode(200).extract().path("invite_code");

        assertThat(admin.actAs(CAROL).join(code)).isEqualTo(group.replace("@g.us", ""));
        assertThat(admin.actAs(CAROL).send(group, "hello").path("recipients").toString()).contains(ALICE, BOB);
        admin.actAs(CAROL).leave(group);

        assertThat(admin.messages()).hasSize(1);
        assertThat(admin.journal()).isNotEmpty();
        assertThat(admin.journal(Map.of("method", "GET", "path", "/invite"))).hasSize(1);
        admin.clearJournal();
        assertThat(admin.journal()).isEmpty();
        assertThat(admin.webhookDeliveries()).isEmpty();
    }

    @Test
    void aRefusalCarriesTheStatusAndTheControlPlanesText() {
        assertThatThrownBy(() -> admin.removeFault("no-such-rule"))
                .isInstanceOfSatisfying(CommsimAdminException.class, e -> assertThat(e.status()).isEqualTo(404))
                .hasMessageContaining("DELETE /_sim/faults/no-such-rule").hasMessageContaining("no fault rule");
        assertThatThrownBy(() -> new CommsimAdmin("http://127.0.0.1:1").reset())
                .isInstanceOfSatisfying(CommsimAdminException.class, e -> assertThat(e.status()).isZero());
    }
}
