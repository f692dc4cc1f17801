package dev.commsim.bench;

import java.util.Arrays;

/** A growable array of timings owned by one thread; no locking, merged after the run. */
final class LatencyLog {
    private long[] values = new long[1 << 16];
    private int count;

    void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[count++] = nanos;
    }

    int count() {
        return count;
    }

    static Samples merge(Iterable<LatencyLog> logs) {
        int total = 0;
        for (LatencyLog log : logs) {
            total += log.count;
        }
        long[] all = new long[total];
        int at = 0;
        for (LatencyLog log : logs) {
            System.arraycopy(log.values, 0, all, at, log.count);
            at += log.count;
        }
        return Samples.of(all, total);
    }
}
