package dev.commsim.contract.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Many seeded programs against one target: counts what was exercised, shrinks each failure (when a
 * shrink target is given) and writes it as a replay file.
 */
public final class Campaign<S, C> {

    /**
     * @param replayDir where replay files go; null: not written
     * @param maxFailures stop after this many failing programs
     */
    public record Options(long seed, int programs, int length, Path replayDir, String label, int maxFailures) {
    }

    /** One failing program: where it came from, and what was kept of it. */
    /** {@code checkedEachStep}: how the shrinker judged candidates (see {@link Shrinker.Shrunk}). */
    public record Found(long seed, Failure failure, Failure shrunkFailure, int originalLength, int shrunkLength,
                        int shrinkRuns, long shrinkMillis, Path replay, boolean checkedEachStep) {
    }

    /** What a campaign did. Counts are keyed "action outcome" from the model's expectations. */
    public record Report(int programs, long steps, long skipped, Map<String, Long> counts, List<Found> failures,
                         long millis) {

        public boolean passed() {
            return failures.isEmpty();
        }

        public double stepsPerSecond() {
            return millis == 0 ? steps : steps * 1000.0 / millis;
        }
    }

    private final Spec<S, C> spec;
    private final Runner<S, C> runner;

    public Campaign(Spec<S, C> spec, Runner<S, C> runner) {
        this.spec = spec;
        this.runner = runner;
    }

    /**
     * @param shrinkTarget where failures are shrunk (usually the same fast target); null: no shrinking
     */
    public Report run(C settings, Target<S, C> target, Target<S, C> shrinkTarget, Options options,
                      Consumer<String> progress) {
        long start = System.nanoTime();
        Generator<S, C> generator = new Generator<>(spec);
        Map<String, Long> counts = new TreeMap<>();
        List<Found> failures = new ArrayList<>();
        long steps = 0;
        long skipped = 0;
        long[] seeds = Generator.programSeeds(options.seed(), options.programs());
        int done = 0;
        for (long seed : seeds) {
            Program<S, C> program = generator.program(seed, settings, options.length());
            RunResult<S> result = runner.run(program, target);
            done++;
            for (StepRecord<S> record : result.records()) {
                if (record.skipped()) {
                    skipped++;
                    continue;
                }
                steps++;
                counts.merge(spec.actionOf(record.step()) + " " + spec.outcomeLabel(record.predicted()), 1L, Long::sum);
            }
            if (result.failed()) {
                failures.add(keep(program, result, target, shrinkTarget, options, progress));
                if (failures.size() >= options.maxFailures()) {
                    break;
                }
            }
            if (progress != null && (done % Math.max(1, options.programs() / 10) == 0)) {
                progress.accept(String.format("  %d/%d programs, %d steps, %d failing", done, options.programs(),
                        steps, failures.size()));
            }
        }
        return new Report(done, steps, skipped, counts, failures, (System.nanoTime() - start) / 1_000_000);
    }

    private Found keep(Program<S, C> program, RunResult<S> result, Target<S, C> target, Target<S, C> shrinkTarget,
                       Options options, Consumer<String> progress) {
        Failure failure = result.failure();
        if (progress != null) {
            progress.accept("  FAIL seed " + program.seed() + ": " + failure.message());
        }
        Program<S, C> kept = program;
        RunResult<S> keptResult = result;
        int runs = 0;
        long millis = 0;
        boolean eachStep = false;
        if (shrinkTarget != null) {
            Shrinker.Shrunk<S, C> shrunk = new Shrinker<>(runner, shrinkTarget).shrink(program, failure);
            kept = shrunk.program();
            keptResult = shrunk.result();
            runs = shrunk.runs();
            millis = shrunk.millis();
            eachStep = shrunk.checkedEachStep();
            if (progress != null) {
                progress.accept(String.format("  shrunk %d -> %d steps in %d runs, %d ms", program.size(),
                        kept.size(), runs, millis));
            }
        }
        Path file = null;
        if (options.replayDir() != null) {
            String name = options.label() + "-" + Long.toUnsignedString(program.seed(), 36);
            file = Replays.write(options.replayDir(), name, Replays.toFile(
                    failure.signature(), target.describe(), kept, keptResult));
        }
        return new Found(program.seed(), failure, keptResult.failure(), program.size(), kept.size(), runs, millis, file,
                eachStep);
    }
}
