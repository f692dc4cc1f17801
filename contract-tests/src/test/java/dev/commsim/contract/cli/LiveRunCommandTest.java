package dev.commsim.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commsim.contract.driver.JdkTransport;
import dev.commsim.contract.driver.SimControl;
import dev.commsim.contract.driver.Transport;
import dev.commsim.contract.engine.Json;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code run --dialect zapi --target URL} on a live account, with {@code --live} so that a simulator can
 * stand in for api.z-api.io: the credentials come from the environment, nothing goes through
 * {@code /_sim}, and the run leaves no community behind.
 */
class LiveRunCommandTest {

    @TempDir
    Path dir;

    @Test
    void runAgainstALiveZapiAccount() throws Exception {
        Path state = dir.resolve("account.json");
        Files.writeString(state, "{\"settings\":{\"strictAuth\":true},\"channels\":[{\"dialect\":\"zapi\","
                + "\"instanceId\":\"INST1\",\"token\":\"TOK1\",\"clientToken\":\"SECRET\",\"phone\":\"5511900000201\"}]}");
        try (Simulator simulator = Simulator.start(SimulatorSettings.defaults().withPort(0).withStateFile(state, 0))) {
            RunCommand run = new RunCommand();
            new CommandLine(run).parseArgs("--target", simulator.baseUrl(), "--dialect", "zapi", "--live",
                    "--limits", "defaults", "--programs", "4", "--length", "15", "--seed", "5",
                    "--replays", dir.resolve("replays").toString());
            run.options.environment = Map.of("ZAPI_INSTANCE_ID", "INST1", "ZAPI_TOKEN", "TOK1",
                    "ZAPI_CLIENT_TOKEN", "SECRET", "ZAPI_PHONE", "5511900000201");
            assertThat(run.call()).as("exit code").isZero();
            assertThat(run.options.openedLive()).isTrue();
            try (Transport http = new JdkTransport(simulator.baseUrl())) {
                JsonNode world = new SimControl(http).state();
                assertThat(world.path("communities")).isEmpty();
                assertThat(world.path("groups")).allMatch(g -> g.path("participants").isEmpty());
            }
        }
    }

    @Test
    void aLiveZapiTargetWithoutCredentialsSaysHowToEnableIt() {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs("--target", "http://127.0.0.1:9", "--dialect", "zapi", "--live");
        run.options.environment = Map.of();
        assertThatThrownBy(run::call).hasMessageContaining("ZAPI_INSTANCE_ID").hasMessageContaining("--live");
    }
}
