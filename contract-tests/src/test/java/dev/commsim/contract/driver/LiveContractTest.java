package dev.commsim.contract.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.commsim.contract.actions.CommunitySpec;
import dev.commsim.contract.actions.Dialect;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Campaign;
import dev.commsim.contract.engine.Runner;
import dev.commsim.contract.model.Settings;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The kit against live providers, only when their credentials are in the environment: a small
 * budget, no shrinking (the failing program is kept whole; shrink it later with the command line),
 * and clean-up of what the run created. {@link LivePathOnSimulatorTest} runs the same path on a simulator.
 */
class LiveContractTest {

    @Test
    void liveWhapi() {
        Optional<LiveWhapi> live = LiveWhapi.fromEnvironment(System.getenv());
        assumeTrue(live.isPresent(), "skipped: " + LiveWhapi.HOW_TO_ENABLE);
        CommunitySpec spec = new CommunitySpec(live.get().roster());
        try (WhapiDriver driver = live.get().driver()) {
            Campaign.Report report = new Campaign<>(spec, new Runner<>(spec)).run(Settings.defaults(), driver, null,
                    new Campaign.Options(System.currentTimeMillis(), 3, 12, Path.of("target", "replays"), "live-whapi", 1),
                    System.out::println);
            report.counts().forEach((k, v) -> System.out.printf("  %-50s %6d%n", k, v));
            assertThat(WhapiSimulatorContractTest.summaries(report)).isEmpty();
        }
    }

    @Test
    void liveZapi() {
        Optional<LiveZapi> live = LiveZapi.fromEnvironment(System.getenv());
        assumeTrue(live.isPresent(), "skipped: " + LiveZapi.HOW_TO_ENABLE);
        CommunitySpec spec = new CommunitySpec(live.get().roster()).forDialect(Dialect.ZAPI);
        try (ZapiDriver driver = live.get().driver()) {
            Campaign.Report report = new Campaign<>(spec, new Runner<>(spec)).run(Settings.defaults(), driver, null,
                    new Campaign.Options(System.currentTimeMillis(), 3, 12, Path.of("target", "replays"), "live-zapi", 1),
                    System.out::println);
            report.counts().forEach((k, v) -> System.out.printf("  %-50s %6d%n", k, v));
            assertThat(WhapiSimulatorContractTest.summaries(report)).isEmpty();
        }
    }
}
