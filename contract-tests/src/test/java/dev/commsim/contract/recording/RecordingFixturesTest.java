package dev.commsim.contract.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.contract.driver.Transport;
import dev.commsim.simulator.record.Recording;
import dev.commsim.simulator.server.Simulator;
import dev.commsim.simulator.server.SimulatorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every recording kept in {@code fixtures/recordings} is verified against the embedded simulator with
 * its default settings, in every build: each exchange must answer the same after normalisation.
 */
class RecordingFixturesTest {
    static final Path FIXTURES = Path.of("..", "fixtures", "recordings");
    private static Simulator simulator;
    private static Transport http;

    @BeforeAll
    static void start() {
        simulator = Simulator.start(SimulatorSettings.defaults().withPort(0));
        http = Transport.named("jdk", simulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        http.close();
        simulator.close();
    }

    @TestFactory
    Stream<DynamicTest> everyKeptRecordingAnswersTheSameOnTheSimulator() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(FIXTURES)) {
            files = listing.filter(path -> path.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertThat(files).as("recordings in " + FIXTURES).hasSizeGreaterThanOrEqualTo(2);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Recording recording = Recording.read(file);
            VerificationReport report = new RecordingVerifier(NormalisationRules.builtIn())
                    .verify(recording, file.toString(), http, "the embedded simulator");
            assertThat(report.passed()).as(RecordingVerificationTest.printed(report)).isTrue();
            assertThat(report.same()).as("exchanges compared").isEqualTo(recording.exchanges().size());
        }));
    }
}
