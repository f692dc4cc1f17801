package dev.commsim.contract.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.contract.driver.Transport;
import dev.commsim.simulator.record.Recording;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session recorded through record mode in front of one simulator, verified against others: one with
 * the same settings answers the same at every exchange; one that deviates (another unlink policy, a
 * smaller member limit) is caught at the first exchange where the deviation shows, with both answers.
 */
class RecordingVerificationTest {
    @TempDir
    static Path folder;
    private static Recording recording;

    @BeforeAll
    static void record() throws IOException {
        Path file = folder.resolve("session.jsonl");
        TwoSimulatorSession.record(file, SimulatorSettings.defaults());
        recording = Recording.read(file);
    }

    @Test
    void aSimulatorWithTheSameSettingsAnswersTheSameAtEveryExchange() {
        // Another seed: every id it makes differs from the recorded one, so only the binding can line them up.
        VerificationReport report = verify(SimulatorSettings.defaults().withSeed(99));

        assertThat(printed(report)).as("report").doesNotContain("DIFFERS");
        assertThat(report.differing()).isZero();
        assertThat(report.same()).isEqualTo(22);
        assertThat(report.skipped()).isEqualTo(2); // the recorder's reads of the channels' numbers
        assertThat(report.passed()).isTrue();
    }

    @Test
    void anotherUnlinkPolicyIsCaughtAtTheFirstReadAfterTheUnlink() {
        VerificationReport report = verify(SimulatorSettings.defaults().withUnlinkPolicy("all"));
        String printed = printed(report);

        Verdict first = report.firstDifference().orElseThrow();
        assertThat(first.exchange().method() + " " + first.exchange().path())
                .isEqualTo("GET /groups/" + TwoSimulatorSession.ANNOUNCEMENT + "@g.us");
        assertThat(previous(report, first).exchange().method()).isEqualTo("DELETE");
        assertThat(previous(report, first).same()).isTrue(); // the unlink itself answers the same
        assertThat(first.differences()).extracting(Difference::describe).contains(
                "value $.participants_count: recorded 3, simulator 2",
                "missing item $.participants[1]: recorded {\"id\":\"15551110002\",\"rank\":\"member\"}, absent from the simulator's answer");
        assertThat(printed).contains("recorded:  200 {\"id\":\"120363100000000032@g.us\"")
                .contains("simulator: 200 {\"id\":\"120363100000000032@g.us\"");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void aSmallerMemberLimitIsCaughtWhereTheCommunityWouldOutgrowIt() {
        VerificationReport report = verify(SimulatorSettings.defaults().withMaxCommunityMembers(3));
        printed(report);

        Verdict first = report.firstDifference().orElseThrow();
        assertThat(first.exchange().method() + " " + first.exchange().path())
                .isEqualTo("POST /communities/" + TwoSimulatorSession.COMMUNITY + "@g.us/participants");
        assertThat(first.differences()).extracting(Difference::describe).containsExactlyInAnyOrder(
                "value $.success: recorded true, simulator false",
                "missing item $.processed[0]: recorded \"15551110004\", absent from the simulator's answer",
                "extra item $.failed[0]: the simulator answered \"15551110004\", absent from the recording");
        assertThat(first.answer().toString()).isEqualTo(
                "{\"success\":false,\"processed\":[],\"failed\":[\"15551110004\"]}");
    }

    private static Verdict previous(VerificationReport report, Verdict verdict) {
        return report.verdicts().get(report.verdicts().indexOf(verdict) - 1);
    }

    private static VerificationReport verify(SimulatorSettings settings) {
        try (Simulator simulator = Simulator.start(settings.withPort(0));
             Transport http = Transport.named("jdk", simulator.baseUrl())) {
            return new RecordingVerifier(NormalisationRules.builtIn()).verify(recording, "session.jsonl", http,
                    "test simulator");
        }
    }

    static String printed(VerificationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.out.println(out.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
