package dev.jflet.e2e.bench;

import java.util.Arrays;

/** The few statistics the benchmarks report. */
final class Stats {
    private Stats() {
    }

    /** The median; the mean of the two middle values for an even count. */
    static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The geometric mean of positive values. */
    static double geometricMean(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        return Math.exp(Arrays.stream(values).map(Math::log).average().orElseThrow());
    }
}
