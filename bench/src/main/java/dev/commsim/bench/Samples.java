package dev.commsim.bench;

import java.util.Arrays;

/** Timings in nanoseconds, sorted once, read by nearest-rank percentile. */
public final class Samples {
    private final long[] sorted;

    private Samples(long[] sorted) {
        this.sorted = sorted;
    }

    /** Copies and sorts; the caller's array is left as it was. */
    public static Samples of(long[] values, int count) {
        if (count < 0 || count > values.length) {
            throw new IllegalArgumentException("count " + count + " outside 0.." + values.length);
        }
        long[] copy = Arrays.copyOf(values, count);
        Arrays.sort(copy);
        return new Samples(copy);
    }

    public static Samples of(long... values) {
        return of(values, values.length);
    }

    public int count() {
        return sorted.length;
    }

    /**
     * Nearest rank: the smallest sample with at least {@code p} percent of the samples at or below it.
     * p50 of an even count is the lower middle, so a reported median is always a measured value.
     */
    public long percentile(double p) {
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], not " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public long median() {
        return percentile(50);
    }

    public long min() {
        return percentile(Double.MIN_VALUE);
    }

    public long max() {
        return sorted[sorted.length - 1];
    }
}
