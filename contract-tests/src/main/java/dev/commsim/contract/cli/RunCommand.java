package dev.commsim.contract.cli;

import dev.commsim.contract.actions.CommunitySpec;
import dev.commsim.contract.actions.Dialect;
import dev.commsim.contract.actions.Step;
import dev.commsim.contract.engine.Campaign;
import dev.commsim.contract.engine.Differential;
import dev.commsim.contract.engine.Generator;
import dev.commsim.contract.engine.Program;
import dev.commsim.contract.engine.Replays;
import dev.commsim.contract.engine.RunResult;
import dev.commsim.contract.engine.Runner;
import dev.commsim.contract.engine.StepRecord;
import dev.commsim.contract.engine.Target;
import dev.commsim.contract.recording.LiveRecording;
import dev.commsim.contract.model.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run seeded programs against a target; shrink failures into replay files. "
                + "With --against, a differential run: the same programs against two targets.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    TargetOptions options;

    @Option(names = "--seed", description = "Master seed (default: from the clock, printed).")
    Long seed;

    @Option(names = "--programs", defaultValue = "100", description = "Number of programs (default ${DEFAULT-VALUE}).")
    int programs;

    @Option(names = "--length", defaultValue = "40", description = "Steps per program (default ${DEFAULT-VALUE}).")
    int length;

    @Option(names = "--replays", defaultValue = "fixtures/replays", description = "Where replay files go (default ${DEFAULT-VALUE}).")
    Path replays;

    @Option(names = "--no-shrink", description = "Keep failing programs whole (live targets).")
    boolean noShrink;

    @Option(names = "--check-each-step", description = "Read the world back after every step (slower; catches I6 at once).")
    boolean checkEachStep;

    @Option(names = "--max-failures", defaultValue = "5", description = "Stop after this many failing programs.")
    int maxFailures;

    @Option(names = "--against", description = "Second target URL (or 'embedded') for a differential run.")
    String against;

    @Option(names = "--against-dialect", description = "Dialect of the --against target (default: --dialect). "
            + "Put the richer dialect first: whapi, then zapi.")
    String againstDialect;

    @Option(names = "--record-to", description = "Live targets: also write every exchange to this new file as a "
            + "recording (credentials removed), to check later simulator builds with verify-recording.")
    Path recordTo;

    @Option(names = "--workers", defaultValue = "1",
            description = "With --target embedded: run programs on this many simulators at once (default ${DEFAULT-VALUE}).")
    int workers;

    @Override
    public Integer call() throws Exception {
        long master = seed != null ? seed : System.currentTimeMillis();
        CommunitySpec spec = options.spec();
        Settings settings = options.settings();
        LiveRecording recording = recordTo == null ? null : new LiveRecording(recordTo,
                "a live run of the contract kit, seed " + master + ", " + programs + " programs x " + length + " steps");
        if (recording != null) {
            options.liveTransport = recording.wrapping(options.target,
                    options.dialect().name().toLowerCase(java.util.Locale.ROOT));
        }
        // The recording closes last: the live clean-up on closing the options is recorded too.
        try (LiveRecording recorded = recording; TargetOptions opened = options) {
            Target<Step, Settings> target = options.open(options.target, spec);
            if (recording != null && !options.openedLive()) {
                throw new IllegalArgumentException("--record-to records a live run, and " + options.target
                        + " is a simulator (add --live to run the live path on it)");
            }
            System.out.printf("commsim contract kit: %d programs x %d steps, seed %d, %s, model %s%n", programs, length,
                    master, target.describe(), settings);
            if (against != null) {
                Dialect second = againstDialect == null ? options.dialect() : Dialect.of(againstDialect);
                return differential(spec, settings, master, target, options.open(against, spec, second));
            }
            Runner<Step, Settings> runner = new Runner<>(spec, checkEachStep);
            List<Target<Step, Settings>> targets = new ArrayList<>(List.of(target));
            for (int i = 1; i < workers && "embedded".equals(options.target); i++) {
                targets.add(options.open(options.target, spec));
            }
            // Shrinking means hundreds of runs: never against a live account (shrink the replay on a simulator).
            boolean shrink = !noShrink && !options.openedLive();
            if (!noShrink && !shrink) {
                System.out.println("live target: failing programs are kept whole (no shrinking)");
            }
            Campaign.Report report = new Campaign<>(spec, runner).run(settings, targets, shrink ? target : null,
                    new Campaign.Options(master, programs, length, replays, "run", maxFailures), System.out::println);
            Summary.print(System.out, "summary (replay a failure: java -jar …-all.jar replay <file> --target …)", report);
            return report.passed() ? 0 : 1;
        }
    }

    private int differential(CommunitySpec spec, Settings settings, long master, Target<Step, Settings> a,
                             Target<Step, Settings> b) {
        System.out.printf("differential: %s against %s%n", a.describe(), b.describe());
        Generator<Step, Settings> generator = new Generator<>(spec);
        Differential<Step, Settings> differential = new Differential<>(spec);
        Map<String, Long> counts = new TreeMap<>();
        int failures = 0;
        long steps = 0;
        for (long programSeed : Generator.programSeeds(master, programs)) {
            Program<Step, Settings> program = generator.program(programSeed, settings, length);
            RunResult<Step> result = differential.run(program, a, b);
            for (StepRecord<Step> r : result.records()) {
                if (!r.skipped()) {
                    steps++;
                    counts.merge(spec.actionOf(r.step()) + " " + spec.outcomeLabel(r.predicted()), 1L, Long::sum);
                }
            }
            if (result.failed()) {
                failures++;
                Path file = Replays.write(replays, "diff-" + Long.toUnsignedString(programSeed, 36),
                        Replays.toFile(result.failure().signature(), a.describe() + " vs " + b.describe(), program, result));
                System.out.printf("  DIFFERENT seed %d: %s%n    replay: %s%n", programSeed, result.failure().message(), file);
                if (failures >= maxFailures) {
                    break;
                }
            }
        }
        System.out.printf("%n== differential summary: %d steps, %d differing program(s)%n", steps, failures);
        Summary.printCounts(System.out, counts);
        return failures == 0 ? 0 : 1;
    }
}
