package dev.jflet.e2e.bench;

import static dev.jflet.e2e.bench.Json.ordered;

import com.fasterxml.jackson.jr.ob.JSON;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import dev.jflet.e2e.Chromium;
import dev.jflet.e2e.SiteServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The benchmarks (shared/DESIGN.md, "Budgets"), each against a hand-written vanilla page in the same run: sizes of the
 * published apps, start-up of the hello and counter apps, and the js-framework-benchmark operations and memory on the
 * rows app. Writes target/bench/results.json and prints markdown. {@code -Djflet.bench.only=sizes,startup,rows}
 * runs some parts; {@code memory} is the rows memory figure alone.
 */
public final class BenchmarkSuite {
    static final int WARM_UP_LOADS = 3;
    static final int MEASURED_LOADS = 10;
    static final List<String> STARTUP_APPS = List.of("hello", "counter");
    static final List<String> SIZED_APPS = List.of("hello", "counter", "rows", "gallery");

    /**
     * The parts of the suite. ROWS includes the memory figure; MEMORY measures only that, and HEAP and PROFILE (heap
     * snapshots and CPU profiles) run only when asked for.
     */
    enum Part { SIZES, STARTUP, ROWS, MEMORY, HEAP, PROFILE }

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        Set<Part> parts = parts(System.getProperty("jflet.bench.only", ""));
        double loadAverageAtStart = loadAverage();
        Path publishedSite = SiteServer.publishedSiteDirectory();
        Path benchDir = Path.of(System.getProperty("jflet.bench.dir", "target/bench")).toAbsolutePath();
        List<String> staged = new ArrayList<>(STARTUP_APPS);
        staged.add(RowsPage.APP);
        Map<String, Object> results = new LinkedHashMap<>();
        StringBuilder markdown = new StringBuilder();
        try (BenchSite site = BenchSite.stage(publishedSite, benchDir.resolve("www"), staged);
                Playwright playwright = Chromium.createPlaywright()) {
            Browser browser = Chromium.launch(playwright);
            results.put("measuredAt", Instant.now().toString());
            results.put("chromium", browser.version());
            if (parts.contains(Part.SIZES)) {
                Map<String, List<CompressedSizes.FileSize>> sizes = new LinkedHashMap<>();
                for (String app : SIZED_APPS) {
                    sizes.put(app, CompressedSizes.ofFolder(publishedSite.resolve(app)));
                }
                SizeReport report = new SizeReport(sizes);
                results.put("sizes", report.toMap());
                markdown.append(report.markdown());
            }
            if (parts.contains(Part.STARTUP)) {
                StartupReport report = new StartupReport(measureStartup(new ColdLoad(browser, site)));
                results.put("startup", report.toMap());
                markdown.append(report.markdown());
            }
            if (parts.contains(Part.ROWS) || parts.contains(Part.MEMORY)) {
                RowsBenchmark rows = new RowsBenchmark(browser, site);
                rows.checkSameRows();
                List<RowsBenchmark.OperationResult> operations =
                        parts.contains(Part.ROWS) ? rows.measureOperations() : List.of();
                RowsReport report = new RowsReport(operations, rows.measureMemory());
                results.put("rows", report.toMap());
                markdown.append(report.markdown());
            }
            if (parts.contains(Part.PROFILE)) {
                List<RowsOperation> operations = CpuProfiles.operations(System.getProperty("jflet.bench.operations"));
                for (Path file : new CpuProfiles(browser, site).write(benchDir, operations)) {
                    markdown.append("CPU profile: ").append(file).append(System.lineSeparator());
                }
            }
            if (parts.contains(Part.HEAP)) {
                for (Path file : new HeapSnapshots(browser, site).write(benchDir)) {
                    markdown.append("Heap snapshot: ").append(file).append(System.lineSeparator());
                }
            }
        }
        results.put("machine", ordered(
                "cores", Runtime.getRuntime().availableProcessors(),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "java", System.getProperty("java.version"),
                "loadAverageAtStart", loadAverageAtStart,
                "loadAverageAtEnd", loadAverage()));
        markdown.append(String.format(Locale.ROOT, "%nLoad average (1 min): %.2f at the start, %.2f at the end, on %d"
                + " cores.%n", loadAverageAtStart, loadAverage(), Runtime.getRuntime().availableProcessors()));
        Path json = benchDir.resolve("results.json");
        Files.createDirectories(json.getParent());
        JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).write(results, json.toFile());
        System.out.println(markdown);
        System.out.println("Wrote " + json);
    }

    /** Loads the pages in turn, round after round, so that drift in the machine's speed hits them alike. */
    private static List<VariantStats> measureStartup(ColdLoad coldLoad) {
        List<LoadTarget> targets = new ArrayList<>();
        for (String app : STARTUP_APPS) {
            for (Variant variant : Variant.values()) {
                targets.add(new LoadTarget(app, variant));
            }
        }
        Map<LoadTarget, List<ColdLoad.Result>> loads = new LinkedHashMap<>();
        for (int round = 0; round < WARM_UP_LOADS + MEASURED_LOADS; round++) {
            for (LoadTarget target : targets) {
                ColdLoad.Result result = coldLoad.run(target);
                if (round >= WARM_UP_LOADS) {
                    loads.computeIfAbsent(target, t -> new ArrayList<>()).add(result);
                }
            }
        }
        return loads.entrySet().stream().map(entry -> new VariantStats(entry.getKey(), entry.getValue())).toList();
    }

    private static Set<Part> parts(String only) {
        if (only.isBlank()) {
            return EnumSet.of(Part.SIZES, Part.STARTUP, Part.ROWS);
        }
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String name : only.split(",")) {
            try {
                parts.add(Part.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("jflet.bench.only: unknown part '" + name.trim() + "'; allowed: "
                        + Arrays.toString(Part.values()).toLowerCase(Locale.ROOT), e);
            }
        }
        return parts;
    }

    /** The system's one-minute load average, which shows whether other work competed for the cores. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
