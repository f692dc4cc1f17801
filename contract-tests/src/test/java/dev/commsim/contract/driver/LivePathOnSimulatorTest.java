package dev.commsim.contract.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commsim.contract.actions.CommunitySpec;
import dev.commsim.contract.actions.Dialect;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Campaign;
import dev.commsim.contract.engine.Json;
import dev.commsim.contract.engine.Runner;
import dev.commsim.contract.engine.Target;
import dev.commsim.contract.model.Settings;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live path of each dialect, exactly as {@link LiveContractTest} runs it on a real account, but
 * against an embedded simulator taken for a live provider: the kit uses no {@code /_sim} at all (no
 * reset, no declared channel, no read-back). The account is a state file the simulator starts from:
 * strict authentication and, for Z-API, instances whose account requires a Client-Token, so a request
 * without the right prefix or header is refused and the run fails. Afterwards the test itself reads
 * {@code /_sim/state}: the clean-up must have left no community and no group anyone is still in.
 */
class LivePathOnSimulatorTest {

    private static final String ALICE = "5511900000101";
    private static final String BOB = "5511900000102";

    @TempDir
    Path dir;

    @Test
    void liveZapiRunsOnAnswersAloneAndCleansUp() throws IOException {
        ArrayNode channels = Json.MAPPER.createArrayNode();
        channels.addObject().put("dialect", "zapi").put("instanceId", "3E987B16F401B0FF1B8DA2BF932F5DDF")
                .put("token", "A1B2C3D4E5F6A1B2C3D4E5F6").put("clientToken", "F00DCAFE").put("phone", ALICE);
        channels.addObject().put("dialect", "zapi").put("instanceId", "3E987B16F401B0FF1B8DA2BF932F5DE0")
                .put("token", "0F1E2D3C4B5A0F1E2D3C4B5A").put("clientToken", "F00DCAFE").put("phone", BOB);
        try (Simulator simulator = start(channels)) {
            Map<String, String> env = Map.of("ZAPI_BASE_URL", simulator.baseUrl(),
                    "ZAPI_INSTANCE_ID", "3E987B16F401B0FF1B8DA2BF932F5DDF", "ZAPI_TOKEN", "A1B2C3D4E5F6A1B2C3D4E5F6",
                    "ZAPI_CLIENT_TOKEN", "F00DCAFE", "ZAPI_PHONE", "+55 11 900000101",
                    "ZAPI_INSTANCE_ID_2", "3E987B16F401B0FF1B8DA2BF932F5DE0", "ZAPI_TOKEN_2", "0F1E2D3C4B5A0F1E2D3C4B5A",
                    "ZAPI_PHONE_2", BOB);
            LiveZapi live = LiveZapi.fromEnvironment(env).orElseThrow();
            assertThat(live.phonebook().phone("alice")).isEqualTo(ALICE);
            Campaign.Report report = run(new CommunitySpec(live.roster()).forDialect(Dialect.ZAPI), live.driver());
            assertCleanedUp(simulator, report);
        }
    }

    @Test
    void liveWhapiRunsOnAnswersAloneAndCleansUp() throws IOException {
        ArrayNode channels = Json.MAPPER.createArrayNode();
        channels.addObject().put("dialect", "whapi").put("token", "LiveTokenAlice0123456789").put("phone", ALICE);
        channels.addObject().put("dialect", "whapi").put("token", "LiveTokenBob0123456789ab").put("phone", BOB);
        try (Simulator simulator = start(channels)) {
            // No phones given: GET /health tells them.
            Map<String, String> env = Map.of("WHAPI_BASE_URL", simulator.baseUrl(),
                    "WHAPI_TOKEN", "LiveTokenAlice0123456789", "WHAPI_TOKEN_2", "LiveTokenBob0123456789ab");
            LiveWhapi live = LiveWhapi.fromEnvironment(env).orElseThrow();
            assertThat(live.phonebook().phone("bob")).isEqualTo(BOB);
            Campaign.Report report = run(new CommunitySpec(live.roster()), live.driver());
            assertCleanedUp(simulator, report);
        }
    }

    @Test
    void zapiWithoutAPhoneIsAnErrorAndWithoutCredentialsIsSkipped() {
        assertThat(LiveZapi.fromEnvironment(Map.of())).isEmpty();
        assertThat(LiveZapi.fromEnvironment(Map.of("ZAPI_INSTANCE_ID", "I"))).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        LiveZapi.fromEnvironment(Map.of("ZAPI_INSTANCE_ID", "I", "ZAPI_TOKEN", "T")))
                .hasMessageContaining("ZAPI_PHONE");
        LiveZapi one = LiveZapi.fromEnvironment(Map.of("ZAPI_INSTANCE_ID", "I", "ZAPI_TOKEN", "T", "ZAPI_PHONE", "5511"))
                .orElseThrow();
        assertThat(one.baseUrl()).isEqualTo("https://api.z-api.io");
        assertThat(one.roster().actors()).containsExactly("alice");
        assertThat(one.channels().get("alice").headers()).isEmpty();
    }

    private Simulator start(ArrayNode channels) throws IOException {
        ObjectNode state = Json.MAPPER.createObjectNode();
        state.putObject("settings").put("strictAuth", true);
        state.set("channels", channels);
        Path file = dir.resolve("account.json");
        Files.writeString(file, Json.MAPPER.writeValueAsString(state));
        return Simulator.start(SimulatorSettings.defaults().withPort(0).withStateFile(file, 0));
    }

    /** The live budget's shape (real limits, no shrinking), with more programs to reach groups and links. */
    private static Campaign.Report run(CommunitySpec spec, Target<Step, Settings> driver) {
        try (driver) {
            Campaign.Report report = new Campaign<>(spec, new Runner<>(spec)).run(Settings.defaults(), driver, null,
                    new Campaign.Options(20261201L, 12, 25, Path.of("target", "replays"), "live-on-simulator", 1),
                    line -> { });
            assertThat(WhapiSimulatorContractTest.summaries(report)).as("failures (replays in target/replays)").isEmpty();
            return report;
        }
    }

    private static void assertCleanedUp(Simulator simulator, Campaign.Report report) {
        // The run must have made something for its clean-up to mean anything.
        assertThat(report.counts().keySet()).anyMatch(k -> k.startsWith("createCommunity ok"))
                .anyMatch(k -> k.startsWith("createGroup ok")).anyMatch(k -> k.startsWith("link ok"));
        try (Transport http = new JdkTransport(simulator.baseUrl())) {
            JsonNode state = new SimControl(http).state();
            assertThat(state.path("communities")).as("communities left").isEmpty();
            List<String> occupied = new ArrayList<>();
            state.path("groups").forEach(g -> {
                if (!g.path("participants").isEmpty()) {
                    occupied.add(g.path("id").asText() + " " + g.path("participants"));
                }
            });
            assertThat(occupied).as("groups someone is still in").isEmpty();
        }
    }
}
