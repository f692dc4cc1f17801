package dev.commsim.contract.recording;

import dev.commsim.simulator.record.RecordedExchange;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** Every exchange's verdict, and how to print them for the person reading a CI log. */
public record VerificationReport(String recording, String target, List<String> notes, List<Verdict> verdicts,
                                 String loadProblem, boolean differencesOnly) {
    private static final int SHOWN_BODY = 4000;

    public VerificationReport {
        notes = List.copyOf(notes);
        verdicts = List.copyOf(verdicts);
    }

    public long same() {
        return verdicts.stream().filter(Verdict::same).count();
    }

    public long differing() {
        return verdicts.stream().filter(Verdict::differs).count();
    }

    public long skipped() {
        return verdicts.stream().filter(v -> v.skipped() != null).count();
    }

    public Optional<Verdict> firstDifference() {
        return verdicts.stream().filter(Verdict::differs).findFirst();
    }

    public boolean passed() {
        return loadProblem == null && differing() == 0;
    }

    /** The same report printing only what differs or was skipped (the summary still counts everything). */
    public VerificationReport onlyDifferences() {
        return new VerificationReport(recording, target, notes, verdicts, loadProblem, true);
    }

    public void print(PrintStream out) {
        out.println("verify-recording " + recording + " against " + target);
        notes.forEach(note -> out.println("  note: " + note));
        if (loadProblem != null) {
            out.println("  the recorded starting world does not load: " + loadProblem);
            return;
        }
        for (Verdict verdict : verdicts) {
            RecordedExchange e = verdict.exchange();
            String head = String.format("#%-3d %-8s %s %s", e.seq(), e.channel(), e.method(), e.pathAndQuery());
            if (verdict.skipped() != null) {
                out.println(head + "  skipped: " + verdict.skipped());
            } else if (verdict.same()) {
                if (!differencesOnly) {
                    out.println(head + "  same");
                }
            } else {
                out.println(head + "  DIFFERS" + (e.by().equals(RecordedExchange.BY_RECORDER) ? " (a read of the starting world)" : ""));
                verdict.differences().forEach(d -> out.println("      " + d.describe()));
                out.println("      recorded:  " + e.status() + " " + shown(e.response().toString()));
                out.println("      simulator: " + verdict.status() + " " + shown(verdict.answer().toString()));
            }
        }
        out.printf("%d exchanges: %d same, %d differ, %d skipped%s%n", verdicts.size(), same(), differing(), skipped(),
                firstDifference().map(v -> "; first difference at #" + v.exchange().seq() + " (" + v.exchange().method()
                        + " " + v.exchange().path() + ")").orElse(""));
    }

    private static String shown(String body) {
        return body.length() <= SHOWN_BODY ? body
                : body.substring(0, SHOWN_BODY) + "... (" + (body.length() - SHOWN_BODY) + " more characters)";
    }
}
