package dev.commsim.contract.cli;

import dev.commsim.contract.actions.CommunitySpec;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Program;
import dev.commsim.contract.engine.Replays;
import dev.commsim.contract.engine.RunResult;
import dev.commsim.contract.engine.Runner;
import dev.commsim.contract.engine.Shrinker;
import dev.commsim.contract.engine.Target;
import dev.commsim.contract.model.Settings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "shrink", mixinStandardHelpOptions = true,
        description = "Shrink a failing replay file against a target (e.g. one kept whole from a live run).")
final class ShrinkCommand implements Callable<Integer> {

    @Mixin
    TargetOptions options;

    @Parameters(index = "0", description = "Replay file.")
    Path file;

    @Override
    public Integer call() throws Exception {
        CommunitySpec spec = options.spec();
        try (TargetOptions opened = options) {
            Target<Step, Settings> target = options.open(options.target, spec);
            Program<Step, Settings> program = Replays.program(Replays.read(file), spec);
            Runner<Step, Settings> runner = new Runner<>(spec);
            RunResult<Step> result = runner.run(program, target);
            if (!result.failed()) {
                System.out.println(file + " does not fail against " + target.describe() + ": nothing to shrink");
                return 1;
            }
            Shrinker.Shrunk<Step, Settings> shrunk = new Shrinker<>(runner, target).shrink(program, result.failure());
            String name = file.getFileName().toString().replace(".json", "") + "-shrunk";
            Path out = Replays.write(file.toAbsolutePath().getParent(), name,
                    Replays.toFile(shrunk.result().failure().signature(), target.describe(), shrunk.program(), shrunk.result()));
            System.out.printf("shrunk %d -> %d steps in %d runs, %d ms: %s%n  %s%n", program.size(), shrunk.program().size(),
                    shrunk.runs(), shrunk.millis(), shrunk.result().failure().message(), out);
            return 0;
        }
    }
}
