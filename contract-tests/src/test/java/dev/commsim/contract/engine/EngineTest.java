package dev.commsim.contract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commsim.contract.engine.ToyBag.BagSpec;
import dev.commsim.contract.engine.ToyBag.BagTarget;
import dev.commsim.contract.engine.ToyBag.Put;
import dev.commsim.contract.engine.ToyBag.Settings;
import dev.commsim.contract.engine.ToyBag.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

    private final BagSpec spec = new BagSpec();
    private final Runner<Step, Settings> runner = new Runner<>(spec);
    private final Settings settings = new Settings(3);

    @Test
    void sameSeedGivesTheSameProgram() {
        Generator<Step, Settings> generator = new Generator<>(spec);
        assertThat(generator.program(42, settings, 40)).isEqualTo(generator.program(42, settings, 40));
        assertThat(generator.program(42, settings, 40)).isNotEqualTo(generator.program(43, settings, 40));
    }

    @Test
    void aFaithfulTargetPasses() {
        Campaign.Report report = new Campaign<>(spec, runner).run(settings, new BagTarget(0), null,
                new Campaign.Options(7, 50, 30, null, "toy", 1), null);
        assertThat(report.passed()).isTrue();
        assertThat(report.programs()).isEqualTo(50);
        assertThat(report.counts()).containsKeys("put ok", "put full", "put duplicate", "take ok", "take missing");
    }

    @Test
    void aPlantedCapacityBugIsFoundAndShrunkToItsMinimalLength(@TempDir Path dir) {
        BagTarget target = new BagTarget(1);
        Campaign.Report report = new Campaign<>(spec, runner).run(settings, target, target,
                new Campaign.Options(7, 50, 30, dir, "toy", 1), null);

        assertThat(report.failures()).hasSize(1);
        Campaign.Found found = report.failures().get(0);
        // Four distinct puts into a bag of three: the smallest program that can show the bug.
        assertThat(found.shrunkLength()).isEqualTo(4);
        assertThat(found.originalLength()).isGreaterThan(4);
        Program<Step, Settings> shrunk = Replays.program(Replays.read(found.replay()), spec);
        assertThat(shrunk.steps()).allSatisfy(s -> assertThat(s).isInstanceOf(Put.class));
        assertThat(shrunk.steps()).allSatisfy(s -> assertThat(((Put) s).note()).isEmpty());
        assertOneMinimal(shrunk, target, found.shrunkFailure().signature(),
                found.checkedEachStep() ? runner.checkingEachStep() : runner);
    }

    @Test
    void aReplayFileReproducesTheFailure(@TempDir Path dir) {
        BagTarget target = new BagTarget(1);
        Campaign.Report report = new Campaign<>(spec, runner).run(settings, target, null,
                new Campaign.Options(11, 50, 30, dir, "toy", 1), null);
        Campaign.Found found = report.failures().get(0);
        ReplayFile file = Replays.read(found.replay());

        assertThat(file.seed()).isEqualTo(found.seed());
        assertThat(file.failure().signature()).isEqualTo(found.failure().signature());
        RunResult<Step> again = runner.run(Replays.program(file, spec), target);
        assertThat(again.failed()).isTrue();
        assertThat(again.failure().signature()).isEqualTo(file.failure().signature());
        assertThat(runner.run(Replays.program(file, spec), new BagTarget(0)).failed()).isFalse();
    }

    @Test
    void parallelCampaignsReportAsSequentialOnes() {
        Campaign<Step, Settings> campaign = new Campaign<>(spec, runner);
        Campaign.Options options = new Campaign.Options(7, 80, 30, null, "toy", 2);
        Campaign.Report one = campaign.run(settings, List.of(new BagTarget(1)), null, options, null);
        Campaign.Report three = campaign.run(settings, List.of(new BagTarget(1), new BagTarget(1), new BagTarget(1)),
                null, options, null);
        assertThat(three.failures()).extracting(Campaign.Found::seed)
                .containsExactlyElementsOf(one.failures().stream().map(Campaign.Found::seed).toList());
        assertThat(one.failures()).hasSize(2);
    }

    @Test
    void differentialRunsCompareTwoTargets() {
        Program<Step, Settings> program = new Generator<>(spec).program(5, settings, 60);
        Differential<Step, Settings> differential = new Differential<>(spec);
        assertThat(differential.run(program, new BagTarget(0), new BagTarget(0)).failed()).isFalse();
        assertThat(differential.run(program, new BagTarget(0), new BagTarget(2)).failed()).isTrue();
    }

    private void assertOneMinimal(Program<Step, Settings> program, BagTarget target, String signature,
                                  Runner<Step, Settings> judge) {
        assertThat(judge.run(program, target).failure().signature()).isEqualTo(signature);
        for (int i = 0; i < program.size(); i++) {
            List<Step> fewer = new ArrayList<>(program.steps());
            fewer.remove(i);
            RunResult<Step> result = judge.run(program.withSteps(fewer), target);
            assertThat(result.failed() && result.failure().signature().equals(signature))
                    .as("still fails without step %d", i).isFalse();
        }
    }
}
