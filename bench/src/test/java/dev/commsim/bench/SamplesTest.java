package dev.commsim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void nearestRankPercentilesAreMeasuredValues() {
        long[] values = new long[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i; // 1..100, reversed
        }
        Samples samples = Samples.of(values);
        assertThat(samples.percentile(50)).isEqualTo(50);
        assertThat(samples.percentile(99)).isEqualTo(99);
        assertThat(samples.percentile(99.9)).isEqualTo(100);
        assertThat(samples.percentile(100)).isEqualTo(100);
        assertThat(samples.min()).isEqualTo(1);
        assertThat(samples.max()).isEqualTo(100);
    }

    @Test
    void medianOfAnOddCountIsTheMiddleAndOfAnEvenCountTheLowerMiddle() {
        assertThat(Samples.of(5, 1, 3).median()).isEqualTo(3);
        assertThat(Samples.of(4, 1, 3, 2).median()).isEqualTo(2);
        assertThat(Samples.of(7).percentile(99)).isEqualTo(7);
    }

    @Test
    void onlyTheCountedPrefixIsUsedAndTheInputIsLeftAlone() {
        long[] values = {9, 8, 7, 1000};
        Samples samples = Samples.of(values, 3);
        assertThat(samples.count()).isEqualTo(3);
        assertThat(samples.max()).isEqualTo(9);
        assertThat(values).containsExactly(9, 8, 7, 1000);
    }

    @Test
    void emptySamplesAndBadPercentilesAreRefused() {
        assertThatThrownBy(() -> Samples.of().median()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Samples.of(1).percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Samples.of(1).percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latencyLogsMergeEveryThreadsSamples() {
        LatencyLog a = new LatencyLog();
        LatencyLog b = new LatencyLog();
        for (int i = 0; i < 70_000; i++) {
            a.add(i);
        }
        b.add(-1);
        Samples merged = LatencyLog.merge(java.util.List.of(a, b));
        assertThat(merged.count()).isEqualTo(70_001);
        assertThat(merged.min()).isEqualTo(-1);
        assertThat(merged.max()).isEqualTo(69_999);
    }
}
