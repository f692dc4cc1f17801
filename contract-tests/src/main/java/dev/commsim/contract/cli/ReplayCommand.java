package dev.commsim.contract.cli;

import dev.commsim.contract.actions.CommunitySpec;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Program;
import dev.commsim.contract.engine.ReplayFile;
import dev.commsim.contract.engine.Replays;
import dev.commsim.contract.engine.RunResult;
import dev.commsim.contract.engine.Runner;
import dev.commsim.contract.engine.StepRecord;
import dev.commsim.contract.engine.Target;
import dev.commsim.contract.model.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run replay files again against a target, step by step. Exit 0 when none fails any more.")
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    TargetOptions options;

    @Parameters(arity = "1..*", description = "Replay files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        CommunitySpec spec = options.spec();
        int failing = 0;
        try (TargetOptions opened = options) {
            Target<Step, Settings> target = options.open(options.target, spec);
            for (Path file : files) {
                ReplayFile replay = Replays.read(file);
                Program<Step, Settings> program = Replays.program(replay, spec);
                RunResult<Step> result = new Runner<>(spec).run(program, target);
                System.out.printf("%n%s (%d steps, seed %d, settings %s)%n", file, program.size(), program.seed(),
                        program.settings());
                for (StepRecord<Step> r : result.records()) {
                    boolean bad = result.failed() && result.failure().stepIndex() == r.index();
                    System.out.printf("  %s %2d %s%n       expected %s, observed %s%n", bad ? "!!" : "  ", r.index(),
                            r.step(), r.skipped() ? "(skipped)" : r.expected(), r.observed());
                }
                if (result.failed()) {
                    failing++;
                    boolean same = replay.failure() != null
                            && replay.failure().signature().equals(result.failure().signature());
                    System.out.printf("  STILL FAILS%s: %s%n", same ? "" : " (differently)", result.failure().message());
                } else {
                    System.out.println("  PASSES now" + (replay.knownDivergence() != null
                            ? " (was a known divergence: " + replay.knownDivergence() + ")" : ""));
                }
            }
        }
        return failing == 0 ? 0 : 1;
    }
}
