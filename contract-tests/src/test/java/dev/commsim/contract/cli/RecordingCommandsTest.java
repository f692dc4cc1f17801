package dev.commsim.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commsim.simulator.record.RecordedExchange;
import dev.commsim.simulator.record.Recording;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code run --record-to} on a live account (a simulator standing in for gate.whapi.cloud, with
 * {@code --live}) leaves a recording, and {@code verify-recording} checks simulators against it: the
 * same settings pass (exit 0), a running simulator with a smaller limit is caught (exit 1).
 */
class RecordingCommandsTest {
    private static final String TOKEN = "tok-live-alice-0123456789";
    private static final String TOKEN_2 = "tok-live-bob-0123456789";

    @TempDir
    Path dir;

    @Test
    void aLiveRunRecordsItsExchangesAndASimulatorIsVerifiedAgainstThem() throws Exception {
        Path file = dir.resolve("live.jsonl");
        try (Simulator account = Simulator.start(SimulatorSettings.defaults().withPort(0))) {
            declare(account, TOKEN, "5511900000301");
            declare(account, TOKEN_2, "5511900000302");
            RunCommand run = new RunCommand();
            new CommandLine(run).parseArgs("--target", account.baseUrl(), "--live", "--limits", "defaults",
                    "--programs", "3", "--length", "12", "--seed", "5", "--replays", dir.resolve("replays").toString(),
                    "--record-to", file.toString());
            run.options.environment = Map.of("WHAPI_TOKEN", TOKEN, "WHAPI_TOKEN_2", TOKEN_2);
            assertThat(run.call()).as("exit code of the live run").isZero();
        }

        Recording recording = Recording.read(file);
        assertThat(recording.header().source()).isEqualTo("contract-kit");
        assertThat(recording.channels()).hasSize(2);
        assertThat(recording.exchanges()).filteredOn(e -> e.by().equals(RecordedExchange.BY_CLIENT)).hasSizeGreaterThan(20);
        assertThat(Files.readString(file)).doesNotContain(TOKEN).doesNotContain(TOKEN_2);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(verify(printed, file.toString())).as("exit code, same settings").isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(" 0 differ");

        try (Simulator smaller = Simulator.start(SimulatorSettings.defaults().withPort(0).withMaxCommunityMembers(1))) {
            ByteArrayOutputStream deviating = new ByteArrayOutputStream();
            assertThat(verify(deviating, file.toString(), "--target", smaller.baseUrl())).as("exit code, one member per community")
                    .isEqualTo(1);
            assertThat(deviating.toString(StandardCharsets.UTF_8)).contains("DIFFERS").contains("first difference at #");
        }
    }

    @Test
    void unusableInputIsAnErrorNotAVerdict() throws Exception {
        Path notARecording = Files.writeString(dir.resolve("x.jsonl"), "{\"hello\":1}\n");
        assertThatThrownBy(() -> verify(new ByteArrayOutputStream(), notARecording.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1: the first line must be a "
                        + "recording header");
        assertThatThrownBy(() -> verify(new ByteArrayOutputStream(), notARecording.toString(), "--target",
                "http://127.0.0.1:9", "--unlink-policy", "all"))
                .hasMessageContaining("a running simulator (--target URL) is checked with its own settings");
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs("--programs", "1", "--record-to", dir.resolve("r.jsonl").toString());
        assertThatThrownBy(run::call).hasMessageContaining("--record-to records a live run");
        assertThat(dir.resolve("r.jsonl")).doesNotExist();
    }

    private static int verify(ByteArrayOutputStream printed, String... args) throws Exception {
        VerifyRecordingCommand verify = new VerifyRecordingCommand();
        new CommandLine(verify).parseArgs(args);
        verify.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return verify.call();
    }

    private static void declare(Simulator simulator, String token, String phone) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(simulator.baseUrl() + "/_sim/channels")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"dialect\":\"whapi\",\"token\":\"" + token
                        + "\",\"phone\":\"" + phone + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
    }
}
