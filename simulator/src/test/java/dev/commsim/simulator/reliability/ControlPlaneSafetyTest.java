package dev.commsim.simulator.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commsim.simulator.server.Main;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import dev.commsim.simulator.server.StartupException;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The control plane can rewrite the whole world, so it is open only on loopback; anywhere else it
 * demands an admin token in {@code X-Commsim-Admin-Token}. No test binds a non-loopback address.
 */
class ControlPlaneSafetyTest {
    private static final String HEADER = "X-Commsim-Admin-Token";
    private static final String ADMIN_TOKEN = "s3cret-admin";

    private static RequestSpecification at(Simulator sim) {
        return RestAssured.given().baseUri(sim.baseUrl()).contentType(ContentType.JSON);
    }

    @Test
    void byDefaultTheSimulatorListensOnLoopbackWithAnOpenControlPlane() {
        assertThat(SimulatorSettings.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(SimulatorSettings.defaults().adminToken()).isNull();
        try (Simulator sim = Simulator.start(SimulatorSettings.defaults().withPort(0))) {
            assertThat(sim.baseUrl()).startsWith("http://127.0.0.1:");
            at(sim).get("/_sim/health").then().statusCode(200);
            at(sim).post("/_sim/reset").then().statusCode(200);
        }
    }

    @Test
    void withAnAdminTokenEveryControlRequestMustCarryIt() {
        try (Simulator sim = Simulator.start(SimulatorSettings.defaults().withPort(0).withAdminToken(ADMIN_TOKEN))) {
            for (Response refused : new Response[] {
                    at(sim).get("/_sim/health"),
                    at(sim).get("/_sim/state"),
                    at(sim).header(HEADER, "s3cret-admim").get("/_sim/state"),
                    at(sim).header(HEADER, "").post("/_sim/reset"),
                    // Whapi's header is not the admin's: a bearer token never opens the control plane.
                    at(sim).header("Authorization", "Bearer " + ADMIN_TOKEN).get("/_sim/settings"),
                    at(sim).body("{\"maxGroupSize\":3}").put("/_sim/settings"),
                    at(sim).get("/_sim/no-such-endpoint")}) {
                refused.then().statusCode(401);
                assertThat(refused.jsonPath().getString("error")).contains(HEADER);
            }
            assertThat(at(sim).header(HEADER, ADMIN_TOKEN).get("/_sim/settings").jsonPath().getInt("maxGroupSize"))
                    .as("the refused PUT changed nothing").isEqualTo(1024);
            at(sim).header(HEADER, ADMIN_TOKEN).get("/_sim/health").then().statusCode(200);
            at(sim).header(HEADER, ADMIN_TOKEN).body(Map.of("dialect", "whapi", "token", "tok-a", "phone", "15551110001"))
                    .post("/_sim/channels").then().statusCode(201);
        }
    }

    @Test
    void theAdminTokenDoesNotTouchTheProviderEndpoints() {
        try (Simulator sim = Simulator.start(SimulatorSettings.defaults().withPort(0).withAdminToken(ADMIN_TOKEN))) {
            at(sim).header("Authorization", "Bearer tok-a").body(Map.of("subject", "Hub")).post("/communities")
                    .then().statusCode(200);
            at(sim).header("Authorization", "Bearer tok-a").get("/groups").then().statusCode(200);
            at(sim).get("/instances/I1/token/T1/communities").then().statusCode(200);
            at(sim).get("/groups").then().statusCode(401); // Whapi's own auth still applies, unchanged
        }
    }

    @Test
    void aNonLoopbackHostWithoutAnAdminTokenIsRefusedBeforeBinding() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        for (String host : new String[] {"0.0.0.0", "::", "192.0.2.10"}) {
            SimulatorSettings exposed = SimulatorSettings.defaults().withHost(host).withPort(port);
            assertThatThrownBy(() -> Simulator.start(exposed).close())
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining(host).hasMessageContaining("--admin-token");
        }
        assertThatThrownBy(() -> Simulator.start(SimulatorSettings.defaults().withHost("0.0.0.0").withPort(port)
                .withAdminToken("  ")).close())
                .isInstanceOf(StartupException.class).hasMessageContaining("blank");
        // Nothing was bound: the port is still free.
        try (ServerSocket again = new ServerSocket(port)) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void theCommandLineExitsWith2WhenAskedToExposeTheControlPlane() {
        int code = new CommandLine(new Main()).execute("--host", "0.0.0.0", "--port", "0");
        assertThat(code).isEqualTo(2);
    }

    @Test
    void loopbackNamesNeedNoToken() {
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            try (Simulator sim = Simulator.start(SimulatorSettings.defaults().withHost(host).withPort(0))) {
                RestAssured.given().baseUri(sim.baseUrl()).get("/_sim/health").then().statusCode(200);
            }
        }
    }
}
