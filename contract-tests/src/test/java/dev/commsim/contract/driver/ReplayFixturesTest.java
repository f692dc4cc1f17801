package dev.commsim.contract.driver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.contract.actions.CommunitySpec;
import dev.commsim.contract.actions.Dialect;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.ReplayFile;
import dev.commsim.contract.engine.Replays;
import dev.commsim.contract.engine.RunResult;
import dev.commsim.contract.engine.Runner;
import dev.commsim.contract.model.Settings;
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
 * Every replay kept in {@code fixtures/replays} runs again against the embedded simulator: a
 * regression case must pass; one marked {@code knownDivergence} must still fail until the
 * simulator is fixed (then its mark is removed and it becomes a regression case).
 */
class ReplayFixturesTest {

    static final Path FIXTURES = Path.of("..", "fixtures", "replays");
    static EmbeddedSimulator whapi;
    static EmbeddedSimulator zapi;

    @BeforeAll
    static void start() {
        whapi = EmbeddedSimulator.of(Dialect.WHAPI, new CommunitySpec().roster(), "jdk");
        zapi = EmbeddedSimulator.of(Dialect.ZAPI, new CommunitySpec().roster(), "jdk");
    }

    @AfterAll
    static void stop() {
        whapi.close();
        zapi.close();
    }

    @TestFactory
    Stream<DynamicTest> everyKeptReplay() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(FIXTURES)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("replays kept in " + FIXTURES).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ReplayFile replay = Replays.read(file);
            // The dialect a replay was found in leads its "target" text; Whapi when it says nothing.
            Dialect dialect = replay.target() != null && replay.target().startsWith("zapi") ? Dialect.ZAPI : Dialect.WHAPI;
            CommunitySpec spec = new CommunitySpec().forDialect(dialect);
            EmbeddedSimulator simulator = dialect == Dialect.ZAPI ? zapi : whapi;
            RunResult<Step> result = new Runner<Step, Settings>(spec, true)
                    .run(Replays.program(replay, spec), simulator.driver());
            if (replay.knownDivergence() == null) {
                assertThat(result.failed() ? result.failure().message() : "passes").isEqualTo("passes");
            } else {
                System.out.println("known divergence still present: " + file + ": " + replay.knownDivergence());
                assertThat(result.failed()).as("known divergence " + file + " is fixed: remove its mark").isTrue();
            }
        }));
    }
}
