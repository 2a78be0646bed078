package dev.jflet.e2e.bench;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Summary of one variant's measured loads: medians, extremes, and the load whose first paint is the median. */
record VariantStats(LoadTarget target, List<ColdLoad.Result> loads) {
    VariantStats {
        if (loads.isEmpty()) {
            throw new IllegalArgumentException("no loads measured for " + target);
        }
        loads = List.copyOf(loads);
    }

    double medianFirstPaintMs() {
        return median(ColdLoad.Result::firstPaintMs);
    }

    double medianInDomMs() {
        return median(ColdLoad.Result::inDomMs);
    }

    double minFirstPaintMs() {
        return loads.stream().mapToDouble(ColdLoad.Result::firstPaintMs).min().orElseThrow();
    }

    double maxFirstPaintMs() {
        return loads.stream().mapToDouble(ColdLoad.Result::firstPaintMs).max().orElseThrow();
    }

    double medianRequestsBeforePaint() {
        return median(load -> load.beforePaint().size());
    }

    double medianTransferBytesBeforePaint() {
        return median(ColdLoad.Result::transferBytes);
    }

    double medianGzipBytesBeforePaint() {
        return median(ColdLoad.Result::gzipBytes);
    }

    /** The load at the middle of the loads sorted by first paint (the upper one of the two middles). */
    ColdLoad.Result medianLoad() {
        List<ColdLoad.Result> sorted = loads.stream()
                .sorted(Comparator.comparingDouble(ColdLoad.Result::firstPaintMs))
                .toList();
        return sorted.get(sorted.size() / 2);
    }

    private double median(ToDoubleFunction<ColdLoad.Result> metric) {
        return Stats.median(loads.stream().mapToDouble(metric).toArray());
    }
}
