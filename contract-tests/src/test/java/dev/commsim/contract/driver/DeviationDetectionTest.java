package dev.commsim.contract.driver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.contract.actions.CommunitySpec;
import dev.commsim.contract.actions.KnownDivergence;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Campaign;
import dev.commsim.contract.engine.Program;
import dev.commsim.contract.engine.Replays;
import dev.commsim.contract.engine.RunResult;
import dev.commsim.contract.engine.Runner;
import dev.commsim.contract.model.Settings;
import dev.commsim.contract.model.UnlinkPolicy;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit must catch a simulator that deviates from the model: started with another unlink policy, or
 * with a member limit one above the model's. Each deviation is found and shrunk to a short replay.
 */
class DeviationDetectionTest {

    /**
     * Short, for programs of 40 steps. The known cores are 4 to 6 steps; ddmin gives a 1-minimal
     * program, not the globally smallest one, so a deviation that needs many people in Y (the member
     * limit) can keep a few more steps that each add some of them.
     */
    static final int SHORT = 12;
    final CommunitySpec spec = new CommunitySpec().avoiding(EnumSet.allOf(KnownDivergence.class));
    final Runner<Step, Settings> runner = new Runner<>(spec);
    final Settings model = Settings.small();

    private Campaign.Found detect(String label, Settings simulatorSettings) {
        try (EmbeddedSimulator sim = EmbeddedSimulator.whapiAsConfigured(simulatorSettings, spec.roster())) {
            Campaign.Report report = new Campaign<>(spec, runner).run(model, sim.driver(), sim.driver(),
                    new Campaign.Options(2026, 300, 40, Path.of("target", "replays"), label, 1), null);
            assertThat(report.failures()).as(label + " detected").hasSize(1);
            Campaign.Found found = report.failures().get(0);
            System.out.printf("%s: found after %d programs, shrunk %d -> %d steps in %d runs, %d ms: %s%n    %s%n",
                    label, report.programs(), found.originalLength(), found.shrunkLength(), found.shrinkRuns(),
                    found.shrinkMillis(), found.shrunkFailure().message(), found.replay());
            assertThat(found.shrunkLength()).as("shrunk length").isLessThanOrEqualTo(SHORT);
            Program<Step, Settings> replayed = Replays.program(Replays.read(found.replay()), spec);
            assertOneMinimal(replayed, sim, found.shrunkFailure().signature(),
                    found.checkedEachStep() ? runner.checkingEachStep() : runner);
            return found;
        }
    }

    private void assertOneMinimal(Program<Step, Settings> program, EmbeddedSimulator sim, String signature,
                                  Runner<Step, Settings> judge) {
        RunResult<Step> again = judge.run(program, sim.driver());
        assertThat(again.failed() && again.failure().signature().equals(signature)).as("replay fails again").isTrue();
        for (int i = 0; i < program.size(); i++) {
            List<Step> fewer = new ArrayList<>(program.steps());
            fewer.remove(i);
            RunResult<Step> result = judge.run(program.withSteps(fewer), sim.driver());
            assertThat(result.failed() && result.failure().signature().equals(signature))
                    .as("still fails without step %d", i).isFalse();
        }
    }

    @Test
    void unlinkPolicyNoneIsCaught() {
        detect("policy-none", model.withUnlinkPolicy(UnlinkPolicy.NONE));
    }

    @Test
    void unlinkPolicyAllIsCaught() {
        detect("policy-all", model.withUnlinkPolicy(UnlinkPolicy.ALL));
    }

    @Test
    void aMemberLimitOneAboveTheModelsIsCaught() {
        detect("member-limit-plus-one", model.withMaxCommunityMembers(model.maxCommunityMembers() + 1));
    }

    @Test
    void aFaithfullyConfiguredSimulatorIsNotAccused() {
        try (EmbeddedSimulator sim = EmbeddedSimulator.whapiAsConfigured(model, spec.roster())) {
            Campaign.Report report = new Campaign<>(spec, runner).run(model, sim.driver(), null,
                    new Campaign.Options(2026, 40, 40, null, "faithful", 1), null);
            assertThat(report.passed()).isTrue();
        }
    }
}
