package dev.commsim.contract.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
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
    /** {@code exploreMillis}: running the programs, shrinking excluded; steps per second count that. */
    public record Report(int programs, long steps, long skipped, Map<String, Long> counts, List<Found> failures,
                         long millis, long exploreMillis) {

        public boolean passed() {
            return failures.isEmpty();
        }

        public double stepsPerSecond() {
            return exploreMillis == 0 ? steps : steps * 1000.0 / exploreMillis;
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
        return run(settings, List.of(target), shrinkTarget, options, progress);
    }

    /**
     * Runs the programs on several targets at once (one program per target at a time; each target
     * its own world). Results are taken in seed order, so the report does not depend on timing:
     * scheduling stops once enough failures are seen, and every program scheduled before still ends.
     * Failures are shrunk afterwards, one by one, on {@code shrinkTarget}.
     */
    public Report run(C settings, List<? extends Target<S, C>> targets, Target<S, C> shrinkTarget, Options options,
                      Consumer<String> progress) {
        long start = System.nanoTime();
        Generator<S, C> generator = new Generator<>(spec);
        long[] seeds = Generator.programSeeds(options.seed(), options.programs());
        BlockingQueue<Target<S, C>> free = new LinkedBlockingQueue<>(targets);
        ExecutorService pool = Executors.newFixedThreadPool(targets.size());
        List<Future<Ran<S, C>>> running = new ArrayList<>();
        AtomicInteger failing = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        int every = Math.max(1, options.programs() / 10);
        try {
            for (int i = 0; i < seeds.length && failing.get() < options.maxFailures(); i++) {
                Target<S, C> target = free.take();
                long seed = seeds[i];
                running.add(pool.submit(() -> {
                    try {
                        Program<S, C> program = generator.program(seed, settings, options.length());
                        RunResult<S> result = runner.run(program, target);
                        if (result.failed()) {
                            failing.incrementAndGet();
                        }
                        int n = completed.incrementAndGet();
                        if (progress != null && n % every == 0) {
                            progress.accept(String.format("  %d/%d programs, %d failing", n, options.programs(),
                                    failing.get()));
                        }
                        return new Ran<>(program, result, target);
                    } finally {
                        free.add(target);
                    }
                }));
            }
            List<Ran<S, C>> ran = new ArrayList<>();
            for (Future<Ran<S, C>> future : running) {
                ran.add(future.get());
            }
            long exploreMillis = (System.nanoTime() - start) / 1_000_000;
            return report(ran, shrinkTarget, options, progress, start, exploreMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a program could not run", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One program as run, and where. */
    private record Ran<S, C>(Program<S, C> program, RunResult<S> result, Target<S, C> target) {
    }

    private Report report(List<Ran<S, C>> ran, Target<S, C> shrinkTarget, Options options, Consumer<String> progress,
                          long start, long exploreMillis) {
        Map<String, Long> counts = new TreeMap<>();
        List<Found> failures = new ArrayList<>();
        long steps = 0;
        long skipped = 0;
        for (Ran<S, C> r : ran) {
            for (StepRecord<S> record : r.result().records()) {
                if (record.skipped()) {
                    skipped++;
                    continue;
                }
                steps++;
                counts.merge(spec.actionOf(record.step()) + " " + spec.outcomeLabel(record.predicted()), 1L, Long::sum);
            }
            if (r.result().failed() && failures.size() < options.maxFailures()) {
                failures.add(keep(r.program(), r.result(), r.target(), shrinkTarget, options, progress));
            }
        }
        return new Report(ran.size(), steps, skipped, counts, failures, (System.nanoTime() - start) / 1_000_000,
                exploreMillis);
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
