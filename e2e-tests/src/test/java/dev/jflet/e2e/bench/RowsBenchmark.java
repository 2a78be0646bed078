package dev.jflet.e2e.bench;

import com.microsoft.playwright.Browser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The js-framework-benchmark operations on the rows app with both builds and on the vanilla page, and the memory
 * after creating 10,000 rows. Every measurement runs on a freshly loaded page; the variants take turns, round after
 * round, so that drift in the machine's speed hits them alike.
 */
final class RowsBenchmark {
    static final int WARM_UP_ROUNDS = 2;
    /** At least 10; {@code -Djflet.bench.rounds=3} gives a quick, rougher look. */
    static final int MEASURED_ROUNDS = Integer.getInteger("jflet.bench.rounds", 10);
    static final int MEMORY_ROUNDS = 5;
    /** The rows created before memory is measured (js-framework-benchmark's "create 10,000 rows"). */
    static final int MEMORY_ROWS = 10_000;

    /** The measured timings of one operation, per variant. */
    record OperationResult(RowsOperation operation, Map<Variant, List<RowsPage.Timing>> timings) {
        double medianPaintMs(Variant variant) {
            return Stats.median(timings.get(variant).stream().mapToDouble(RowsPage.Timing::paintMs).toArray());
        }

        double medianDomMs(Variant variant) {
            return Stats.median(timings.get(variant).stream().mapToDouble(RowsPage.Timing::domMs).toArray());
        }

        double ratio(Variant variant) {
            return medianPaintMs(variant) / medianPaintMs(Variant.VANILLA);
        }
    }

    /**
     * Memory after creating {@link #MEMORY_ROWS} rows, per variant: the median of the rounds by total, and the
     * median of the same page's memory before the rows.
     */
    record MemoryResult(Map<Variant, List<RowsPage.MemoryGrowth>> rounds) {
        RowsPage.Memory median(Variant variant) {
            return medianGrowth(variant).after();
        }

        /** The round whose memory after the rows is the median; its memory before them is that page's own. */
        RowsPage.MemoryGrowth medianGrowth(Variant variant) {
            List<RowsPage.MemoryGrowth> sorted = rounds.get(variant).stream()
                    .sorted(java.util.Comparator.comparingLong(g -> g.after().totalBytes()))
                    .toList();
            return sorted.get(sorted.size() / 2);
        }

        /** The median over the rounds of the growth per row, in bytes. */
        double bytesPerRow(Variant variant) {
            return Stats.median(rounds.get(variant).stream()
                    .mapToDouble(g -> (double) (g.after().totalBytes() - g.before().totalBytes()) / MEMORY_ROWS)
                    .toArray());
        }

        double ratio(Variant variant) {
            return (double) median(variant).totalBytes() / median(Variant.VANILLA).totalBytes();
        }
    }

    private final Browser browser;
    private final BenchSite site;

    RowsBenchmark(Browser browser, BenchSite site) {
        this.browser = browser;
        this.site = site;
    }

    /** Fails unless every variant shows the same ids and labels after the same clicks: the pages are comparable. */
    void checkSameRows() {
        List<String> expected = null;
        for (Variant variant : Variant.values()) {
            try (RowsPage page = RowsPage.open(browser, site, variant)) {
                page.run(new RowsOperation.Step("[data-key=\"run\"]", "count", 1000));
                page.run(new RowsOperation.Step("[data-key=\"update\"]", "firstLabelChanged", 0));
                List<String> rows = page.rowTexts();
                if (expected == null) {
                    expected = rows;
                } else if (!expected.equals(rows)) {
                    throw new IllegalStateException(variant.label() + " shows other rows than "
                            + Variant.values()[0].label() + ": " + rows.subList(0, 3) + " vs " + expected.subList(0, 3));
                }
            }
        }
    }

    List<OperationResult> measureOperations() {
        List<OperationResult> results = new ArrayList<>();
        for (RowsOperation operation : RowsOperation.values()) {
            Map<Variant, List<RowsPage.Timing>> timings = new EnumMap<>(Variant.class);
            for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
                for (Variant variant : Variant.values()) {
                    RowsPage.Timing timing = measure(operation, variant);
                    if (round >= WARM_UP_ROUNDS) {
                        timings.computeIfAbsent(variant, v -> new ArrayList<>()).add(timing);
                    }
                }
            }
            OperationResult result = new OperationResult(operation, timings);
            System.out.printf(java.util.Locale.ROOT, "%-32s wasm %8.1f ms  js %8.1f ms  vanilla %8.1f ms%n",
                    operation.label(), result.medianPaintMs(Variant.JFLET_WASM), result.medianPaintMs(Variant.JFLET_JS),
                    result.medianPaintMs(Variant.VANILLA));
            results.add(result);
        }
        return results;
    }

    MemoryResult measureMemory() {
        Map<Variant, List<RowsPage.MemoryGrowth>> rounds = new EnumMap<>(Variant.class);
        for (int round = 0; round < MEMORY_ROUNDS; round++) {
            for (Variant variant : Variant.values()) {
                try (RowsPage page = RowsPage.open(browser, site, variant)) {
                    RowsPage.Memory before = page.memory();
                    page.run(new RowsOperation.Step("[data-key=\"runlots\"]", "count", MEMORY_ROWS));
                    rounds.computeIfAbsent(variant, v -> new ArrayList<>())
                            .add(new RowsPage.MemoryGrowth(before, page.memory()));
                }
            }
        }
        return new MemoryResult(rounds);
    }

    private RowsPage.Timing measure(RowsOperation operation, Variant variant) {
        try (RowsPage page = RowsPage.open(browser, site, variant)) {
            for (RowsOperation.Step step : operation.preparation()) {
                page.run(step);
            }
            return page.run(operation.measured());
        }
    }
}
