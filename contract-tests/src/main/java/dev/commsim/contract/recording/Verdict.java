package dev.commsim.contract.recording;

import dev.commsim.simulator.record.RecordedBody;
import dev.commsim.simulator.record.RecordedExchange;
import java.util.List;

/**
 * What became of one recorded exchange: the same answer, different (with each difference and the
 * simulator's answer), or skipped (not compared, and why).
 */
public record Verdict(RecordedExchange exchange, String sent, int status, RecordedBody answer,
                      List<Difference> differences, String skipped) {

    public Verdict {
        differences = List.copyOf(differences);
    }

    static Verdict skipped(RecordedExchange exchange, String sent, int status, RecordedBody answer, String why) {
        return new Verdict(exchange, sent, status, answer, List.of(), why);
    }

    public boolean same() {
        return skipped == null && differences.isEmpty();
    }

    public boolean differs() {
        return skipped == null && !differences.isEmpty();
    }
}
