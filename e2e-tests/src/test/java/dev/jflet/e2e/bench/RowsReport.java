package dev.jflet.e2e.bench;

import static dev.jflet.e2e.bench.Json.ordered;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rows benchmark's results: per-operation medians and ratios, their geometric means, and memory. */
final class RowsReport {

    private final List<RowsBenchmark.OperationResult> operations;
    private final RowsBenchmark.MemoryResult memory;

    RowsReport(List<RowsBenchmark.OperationResult> operations, RowsBenchmark.MemoryResult memory) {
        this.operations = List.copyOf(operations);
        this.memory = memory;
    }

    double geometricMeanRatio(Variant variant) {
        return Stats.geometricMean(operations.stream().mapToDouble(result -> result.ratio(variant)).toArray());
    }

    Map<String, Object> toMap() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RowsBenchmark.OperationResult result : operations) {
            List<Map<String, Object>> variants = new ArrayList<>();
            for (Variant variant : Variant.values()) {
                variants.add(ordered("variant", variant.name(),
                        "paintMs", result.timings().get(variant).stream().map(RowsPage.Timing::paintMs).toList(),
                        "domMs", result.timings().get(variant).stream().map(RowsPage.Timing::domMs).toList(),
                        "medianPaintMs", result.medianPaintMs(variant),
                        "medianDomMs", result.medianDomMs(variant),
                        "ratioToVanilla", result.ratio(variant)));
            }
            rows.add(ordered("operation", result.operation().name(), "label", result.operation().label(),
                    "warmUpSteps", result.operation().warmUpSteps(), "variants", variants));
        }
        List<Map<String, Object>> memoryRows = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            RowsPage.MemoryGrowth growth = memory.medianGrowth(variant);
            RowsPage.Memory median = growth.after();
            memoryRows.add(ordered("variant", variant.name(), "jsHeapBytes", median.jsHeapBytes(),
                    "wasmMemoryBytes", median.wasmMemoryBytes(), "totalBytes", median.totalBytes(),
                    "ratioToVanilla", memory.ratio(variant),
                    "beforeRowsTotalBytes", growth.before().totalBytes(),
                    "medianBytesPerRow", memory.bytesPerRow(variant),
                    "roundsTotalBytes", memory.rounds().get(variant).stream().map(g -> g.after().totalBytes()).toList(),
                    "roundsBeforeRowsTotalBytes",
                    memory.rounds().get(variant).stream().map(g -> g.before().totalBytes()).toList()));
        }
        if (operations.isEmpty()) {
            return ordered("memory", memoryRows);
        }
        return ordered(
                "method", ordered(
                        "page", "a freshly loaded page per measurement: set-up and warm-up clicks, then the measured"
                                + " click",
                        "paintMs", "ms from the click to a message posted from the requestAnimationFrame callback of"
                                + " the frame after the DOM change, i.e. once that frame's style, layout and paint ran",
                        "domMs", "ms from the click to the MutationObserver callback that sees the change complete",
                        "warmUpRounds", RowsBenchmark.WARM_UP_ROUNDS,
                        "measuredRounds", RowsBenchmark.MEASURED_ROUNDS,
                        "memory", "after creating 10,000 rows, two forced GCs, then CDP Runtime.getHeapUsage usedSize"
                                + " (WasmGC objects live in this heap) plus the byte length of wasm linear memories;"
                                + " median of " + RowsBenchmark.MEMORY_ROUNDS + " pages; the same measure on the same"
                                + " page before the rows gives the part that does not grow with them"),
                "operations", rows,
                "geometricMeanRatio", ordered("JFLET_WASM", geometricMeanRatio(Variant.JFLET_WASM),
                        "JFLET_JS", geometricMeanRatio(Variant.JFLET_JS)),
                "memory", memoryRows);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        if (!operations.isEmpty()) {
            appendOperations(md);
        }
        md.append(String.format(Locale.ROOT, "%n### Memory after creating 10,000 rows (median of %d pages)%n%n"
                + "| page | JS heap MB | wasm memory MB | total MB | × vanilla | before the rows MB | bytes per row |%n"
                + "|---|---:|---:|---:|---:|---:|---:|%n",
                RowsBenchmark.MEMORY_ROUNDS));
        for (Variant variant : Variant.values()) {
            RowsPage.MemoryGrowth growth = memory.medianGrowth(variant);
            RowsPage.Memory median = growth.after();
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f |%n", variant.label(),
                    megabytes(median.jsHeapBytes()), megabytes(median.wasmMemoryBytes()),
                    megabytes(median.totalBytes()), memory.ratio(variant), megabytes(growth.before().totalBytes()),
                    memory.bytesPerRow(variant)));
        }
        return md.toString();
    }

    private void appendOperations(StringBuilder md) {
        md.append(String.format(Locale.ROOT, "%n### js-framework-benchmark operations"
                + " (click to next paint, ms; medians of %d fresh pages after %d warm-up rounds)%n%n",
                RowsBenchmark.MEASURED_ROUNDS, RowsBenchmark.WARM_UP_ROUNDS));
        md.append("| operation | vanilla | WasmGC | × vanilla | JS | × vanilla |\n|---|---:|---:|---:|---:|---:|\n");
        for (RowsBenchmark.OperationResult result : operations) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.1f | %.2f |%n",
                    result.operation().label(), result.medianPaintMs(Variant.VANILLA),
                    result.medianPaintMs(Variant.JFLET_WASM), result.ratio(Variant.JFLET_WASM),
                    result.medianPaintMs(Variant.JFLET_JS), result.ratio(Variant.JFLET_JS)));
        }
        md.append(String.format(Locale.ROOT, "| **geometric mean** | | | **%.2f** | | **%.2f** |%n",
                geometricMeanRatio(Variant.JFLET_WASM), geometricMeanRatio(Variant.JFLET_JS)));
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
