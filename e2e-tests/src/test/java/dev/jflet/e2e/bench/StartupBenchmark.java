package dev.jflet.e2e.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import dev.jflet.e2e.Chromium;
import dev.jflet.e2e.SiteServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up benchmark (shared/DESIGN.md, "Budgets"): bytes and time to the first paint of the counter demo with each
 * build, against a hand-written vanilla page, in one run. Writes target/bench/results.json and prints markdown.
 */
public final class StartupBenchmark {
    static final int WARM_UP_LOADS = 3;
    static final int MEASURED_LOADS = 10;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double loadAverageAtStart = BenchReport.loadAverage();
        Path publishedSite = SiteServer.publishedSiteDirectory();
        Path benchDir = Path.of(System.getProperty("jflet.bench.dir", "target/bench")).toAbsolutePath();
        try (BenchSite site = BenchSite.stage(publishedSite, benchDir.resolve("www"));
                Playwright playwright = Chromium.createPlaywright()) {
            Browser browser = Chromium.launch(playwright);
            List<CompressedSizes.FileSize> files = CompressedSizes.ofFolder(site.root().resolve("counter"));
            List<VariantStats> stats = measure(new ColdLoad(browser, site)).entrySet().stream()
                    .map(entry -> new VariantStats(entry.getKey(), entry.getValue()))
                    .toList();
            BenchReport report = new BenchReport(browser.version(), loadAverageAtStart, files, stats);
            Path json = benchDir.resolve("results.json");
            report.writeJson(json);
            System.out.println(report.markdown());
            System.out.println("Wrote " + json);
        }
    }

    /** Loads the variants in turn, round after round, so that drift in the machine's speed hits them alike. */
    private static Map<Variant, List<ColdLoad.Result>> measure(ColdLoad coldLoad) {
        Map<Variant, List<ColdLoad.Result>> loads = new EnumMap<>(Variant.class);
        for (int round = 0; round < WARM_UP_LOADS + MEASURED_LOADS; round++) {
            for (Variant variant : Variant.values()) {
                ColdLoad.Result result = coldLoad.run(variant);
                if (round >= WARM_UP_LOADS) {
                    loads.computeIfAbsent(variant, v -> new ArrayList<>()).add(result);
                }
            }
        }
        return loads;
    }
}
