package dev.commsim.contract.cli;

import dev.commsim.contract.engine.Campaign;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** The end-of-run report: programs, steps, per-action counts, failures with their replay files. */
final class Summary {

    private Summary() {
    }

    static void print(PrintStream out, String title, Campaign.Report report) {
        out.printf("%n== %s%n", title);
        out.printf("programs %d, steps %d (skipped %d), %.1f s, %.0f steps/s%n", report.programs(), report.steps(),
                report.skipped(), report.millis() / 1000.0, report.stepsPerSecond());
        printCounts(out, report.counts());
        if (report.passed()) {
            out.println("PASSED: every observation matched the model and I1-I5 held.");
        } else {
            out.printf("FAILED: %d failing program(s)%n", report.failures().size());
            for (Campaign.Found found : report.failures()) {
                out.printf("  seed %d: %s%n    shrunk %d -> %d steps (%d runs, %d ms)%n    replay: %s%n",
                        found.seed(), found.shrunkFailure().message(), found.originalLength(), found.shrunkLength(),
                        found.shrinkRuns(), found.shrinkMillis(), found.replay());
            }
        }
    }

    static void printCounts(PrintStream out, Map<String, Long> counts) {
        Map<String, Long> perAction = new TreeMap<>();
        counts.forEach((key, n) -> perAction.merge(key.substring(0, key.indexOf(' ')), n, Long::sum));
        out.println("per action (outcome counts follow each total):");
        perAction.forEach((action, total) -> {
            StringBuilder line = new StringBuilder(String.format("  %-24s %6d ", action, total));
            counts.forEach((key, n) -> {
                if (key.startsWith(action + " ")) {
                    line.append(' ').append(key.substring(action.length() + 1)).append('=').append(n);
                }
            });
            out.println(line);
        });
    }
}
