package dev.jflet.e2e.bench;

import static dev.jflet.e2e.bench.Json.ordered;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The start-up benchmark's results, as a JSON-ready map and as markdown tables. */
final class StartupReport {
    private final List<VariantStats> targets;

    StartupReport(List<VariantStats> targets) {
        this.targets = List.copyOf(targets);
        vanillaOf("hello");
    }

    Map<String, Object> toMap() {
        return ordered(
                "method", ordered(
                        "firstPaint", "ms from navigation start to the first requestAnimationFrame callback after the"
                                + " app's first content ([data-key=hello] 'Hello, world!' or [data-key=counter] '0')"
                                + " is in the DOM",
                        "inDom", "ms from navigation start to the MutationObserver callback that sees that element",
                        "bytesBeforePaint", "Resource Timing entries (and the navigation) with startTime <= firstPaint",
                        "cache", "fresh browser context per load (cold cache)",
                        "warmUpLoadsPerPage", BenchmarkSuite.WARM_UP_LOADS,
                        "measuredLoadsPerPage", BenchmarkSuite.MEASURED_LOADS),
                "pages", targets.stream().map(this::targetMap).toList());
    }

    private Map<String, Object> targetMap(VariantStats stats) {
        List<Map<String, Object>> requests = new ArrayList<>();
        for (ColdLoad.Resource resource : stats.medianLoad().beforePaint()) {
            requests.add(ordered("url", resource.url(), "startMs", resource.startMs(), "endMs", resource.endMs(),
                    "transferBytes", resource.transferBytes(), "bodyBytes", resource.bodyBytes(),
                    "gzipBytes", resource.gzipBytes()));
        }
        return ordered(
                "app", stats.target().app(),
                "variant", stats.target().variant().name(),
                "label", stats.target().label(),
                "firstPaintMs", stats.loads().stream().map(ColdLoad.Result::firstPaintMs).toList(),
                "medianInDomMs", stats.medianInDomMs(),
                "medianFirstPaintMs", stats.medianFirstPaintMs(),
                "ratioToVanillaHello", ratio(stats, vanillaOf("hello")),
                "ratioToOwnVanilla", ratio(stats, vanillaOf(stats.target().app())),
                "medianRequestsBeforePaint", stats.medianRequestsBeforePaint(),
                "medianTransferBytesBeforePaint", stats.medianTransferBytesBeforePaint(),
                "medianGzipBytesBeforePaint", stats.medianGzipBytesBeforePaint(),
                "medianLoadFirstPaintMs", stats.medianLoad().firstPaintMs(),
                "medianLoadRequestsBeforePaint", requests);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%n### First paint of app content (%d cold loads per page after %d"
                + " warm-up loads; medians)%n%n", BenchmarkSuite.MEASURED_LOADS, BenchmarkSuite.WARM_UP_LOADS));
        md.append("| page | in DOM ms | first paint ms | min ms | max ms | × vanilla hello | × its own vanilla page |"
                + " requests before paint | bytes transferred before paint | gzip bytes before paint |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (VariantStats stats : targets) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.0f | %.0f | %.0f |%n",
                    stats.target().label(), stats.medianInDomMs(), stats.medianFirstPaintMs(), stats.minFirstPaintMs(),
                    stats.maxFirstPaintMs(), ratio(stats, vanillaOf("hello")),
                    ratio(stats, vanillaOf(stats.target().app())), stats.medianRequestsBeforePaint(),
                    stats.medianTransferBytesBeforePaint(), stats.medianGzipBytesBeforePaint()));
        }
        for (VariantStats stats : targets) {
            ColdLoad.Result load = stats.medianLoad();
            md.append(String.format(Locale.ROOT, "%n#### Requests before first paint: %s (median load, first paint at"
                    + " %.1f ms)%n%n", stats.target().label(), load.firstPaintMs()));
            md.append("| path | start ms | end ms | bytes transferred | gzip bytes of the body |\n"
                    + "|---|---:|---:|---:|---:|\n");
            for (ColdLoad.Resource resource : load.beforePaint()) {
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d | %d |%n",
                        URI.create(resource.url()).getPath(), resource.startMs(), resource.endMs(),
                        resource.transferBytes(), resource.gzipBytes()));
            }
        }
        return md.toString();
    }

    private VariantStats vanillaOf(String app) {
        return targets.stream()
                .filter(stats -> stats.target().app().equals(app) && stats.target().variant() == Variant.VANILLA)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no vanilla " + app + " loads among " + targets));
    }

    private static double ratio(VariantStats stats, VariantStats vanilla) {
        return stats.medianFirstPaintMs() / vanilla.medianFirstPaintMs();
    }
}
