package dev.commsim.contract.driver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.contract.actions.CommunitySpec;
import dev.commsim.contract.actions.Dialect;
import dev.commsim.contract.actions.KnownDivergence;
import dev.commsim.contract.actions.Reason;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Campaign;
import dev.commsim.contract.engine.Runner;
import dev.commsim.contract.model.Settings;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kit against the embedded simulator in the Z-API dialect: small limits, then the real defaults. */
class ZapiSimulatorContractTest {

    static final Path REPLAYS = Path.of("target", "replays");
    static EmbeddedSimulator simulator;
    static EmbeddedSimulator second;
    static dev.commsim.contract.engine.Target<Step, Settings> driver;
    final CommunitySpec spec = new CommunitySpec().forDialect(Dialect.ZAPI)
            .avoiding(EnumSet.allOf(KnownDivergence.class));

    @BeforeAll
    static void start() {
        simulator = EmbeddedSimulator.of(Dialect.ZAPI, new CommunitySpec().roster(), "jdk");
        second = EmbeddedSimulator.of(Dialect.ZAPI, new CommunitySpec().roster(), "jdk"); // two programs at a time
        driver = simulator.driver();
    }

    @AfterAll
    static void stop() {
        simulator.close();
        second.close();
    }

    private Campaign.Report campaign(Settings settings, long seed, int programs, int length) {
        Runner<Step, Settings> runner = new Runner<>(spec);
        Campaign.Report report = new Campaign<>(spec, runner).run(settings, java.util.List.of(driver, second.driver()), driver,
                new Campaign.Options(seed, programs, length, REPLAYS, "zapi-sim", 3), System.out::println);
        System.out.printf("zapi on the simulator, %s: %d programs, %d steps (%d skipped), %.0f steps/s%n",
                settings, report.programs(), report.steps(), report.skipped(), report.stepsPerSecond());
        report.counts().forEach((k, v) -> System.out.printf("  %-50s %6d%n", k, v));
        report.failures().forEach(f -> System.out.println("  FAILURE " + f.shrunkFailure().message() + " -> " + f.replay()));
        return report;
    }

    @Test
    void smallLimitsEveryActionAndRefusal() {
        Campaign.Report report = campaign(Settings.small(), 20261122L, 250, 40);
        assertThat(WhapiSimulatorContractTest.summaries(report)).as("failures (replays in target/replays)").isEmpty();
        for (String action : KitCoverage.ACTIONS) {
            assertThat(report.counts().keySet()).as(action).anyMatch(k -> k.startsWith(action + " ok"));
        }
        for (String action : KitCoverage.WHAPI_ONLY) {
            assertThat(report.counts().keySet()).as(action + " (no Z-API endpoint)").noneMatch(k -> k.startsWith(action));
        }
        for (String reason : KitCoverage.JOIN_REFUSALS) {
            assertThat(report.counts().keySet()).as(reason).contains("joinByInvite refused:" + reason);
        }
        Arrays.stream(Reason.values()).filter(r -> r != Reason.UNRECOGNISED).forEach(reason ->
                assertThat(report.counts().keySet()).as(reason.name()).anyMatch(k -> k.endsWith("refused:" + reason)));
    }

    @Test
    void realDefaultLimits() {
        Campaign.Report report = campaign(Settings.defaults(), 7L, 40, 40);
        assertThat(WhapiSimulatorContractTest.summaries(report)).isEmpty();
    }
}
