package dev.jflet.e2e.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The start-up benchmark's results, as JSON (Jackson-jr) and as markdown tables. */
final class BenchReport {
    private final String chromiumVersion;
    private final double loadAverageAtStart;
    private final List<CompressedSizes.FileSize> files;
    private final List<VariantStats> variants;
    private final VariantStats vanilla;

    BenchReport(String chromiumVersion, double loadAverageAtStart, List<CompressedSizes.FileSize> files,
            List<VariantStats> variants) {
        this.chromiumVersion = chromiumVersion;
        this.loadAverageAtStart = loadAverageAtStart;
        this.files = List.copyOf(files);
        this.variants = List.copyOf(variants);
        this.vanilla = variants.stream().filter(stats -> stats.variant() == Variant.VANILLA).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no vanilla loads among " + variants));
    }

    void writeJson(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).write(toMap(), file.toFile());
    }

    private Map<String, Object> toMap() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("measuredAt", Instant.now().toString());
        root.put("machine", ordered(
                "cores", Runtime.getRuntime().availableProcessors(),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "java", System.getProperty("java.version"),
                "chromium", chromiumVersion,
                "loadAverageAtStart", loadAverageAtStart,
                "loadAverageAtEnd", loadAverage()));
        root.put("method", ordered(
                "firstPaint", "ms from navigation start to the first requestAnimationFrame callback after"
                        + " [data-key=counter] with text '0' is in the DOM",
                "inDom", "ms from navigation start to the MutationObserver callback that sees that element",
                "bytesBeforePaint", "Resource Timing entries (and the navigation) with startTime <= firstPaint",
                "cache", "fresh browser context per load (cold cache)",
                "warmUpLoadsPerPage", StartupBenchmark.WARM_UP_LOADS,
                "measuredLoadsPerPage", StartupBenchmark.MEASURED_LOADS,
                "compression", "gzip, java.util.zip default level 6; no brotli"));
        List<Map<String, Object>> fileRows = new ArrayList<>();
        for (CompressedSizes.FileSize file : files) {
            fileRows.add(ordered("path", file.path(), "bytes", file.bytes(), "gzipBytes", file.gzipBytes()));
        }
        root.put("counterAppFiles", fileRows);
        root.put("counterAppTotal", ordered("bytes", totalBytes(), "gzipBytes", totalGzipBytes()));
        root.put("variants", variants.stream().map(this::variantMap).toList());
        return root;
    }

    private Map<String, Object> variantMap(VariantStats stats) {
        List<Map<String, Object>> requests = new ArrayList<>();
        for (ColdLoad.Resource resource : stats.medianLoad().beforePaint()) {
            requests.add(ordered("url", resource.url(), "startMs", resource.startMs(), "endMs", resource.endMs(),
                    "transferBytes", resource.transferBytes(), "bodyBytes", resource.bodyBytes(),
                    "gzipBytes", resource.gzipBytes()));
        }
        return ordered(
                "variant", stats.variant().name(),
                "label", stats.variant().label(),
                "firstPaintMs", stats.loads().stream().map(ColdLoad.Result::firstPaintMs).toList(),
                "medianInDomMs", stats.medianInDomMs(),
                "medianFirstPaintMs", stats.medianFirstPaintMs(),
                "ratioToVanilla", ratioToVanilla(stats),
                "medianRequestsBeforePaint", stats.medianRequestsBeforePaint(),
                "medianTransferBytesBeforePaint", stats.medianTransferBytesBeforePaint(),
                "medianGzipBytesBeforePaint", stats.medianGzipBytesBeforePaint(),
                "medianLoadFirstPaintMs", stats.medianLoad().firstPaintMs(),
                "medianLoadRequestsBeforePaint", requests);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("\n### Counter app folder (gzip level 6)\n\n| file | bytes | gzip bytes |\n|---|---:|---:|\n");
        for (CompressedSizes.FileSize file : files) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d |%n", file.path(), file.bytes(), file.gzipBytes()));
        }
        md.append(String.format(Locale.ROOT, "| **total** | %d | %d |%n", totalBytes(), totalGzipBytes()));
        md.append(String.format(Locale.ROOT, "%nLoad average (1 min): %.2f at the start, %.2f at the end, on %d cores.%n",
                loadAverageAtStart, loadAverage(), Runtime.getRuntime().availableProcessors()));
        md.append(String.format(Locale.ROOT, "%n### First paint of app content (%d cold loads per page after %d"
                + " warm-up loads; medians)%n%n", StartupBenchmark.MEASURED_LOADS, StartupBenchmark.WARM_UP_LOADS));
        md.append("| page | in DOM ms | first paint ms | min ms | max ms | × vanilla | requests before paint |"
                + " bytes transferred before paint | gzip bytes before paint |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (VariantStats stats : variants) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.0f | %.0f | %.0f |%n",
                    stats.variant().label(), stats.medianInDomMs(), stats.medianFirstPaintMs(), stats.minFirstPaintMs(),
                    stats.maxFirstPaintMs(), ratioToVanilla(stats), stats.medianRequestsBeforePaint(),
                    stats.medianTransferBytesBeforePaint(), stats.medianGzipBytesBeforePaint()));
        }
        for (VariantStats stats : variants) {
            ColdLoad.Result load = stats.medianLoad();
            md.append(String.format(Locale.ROOT, "%n### Requests before first paint: %s (median load, first paint at"
                    + " %.1f ms)%n%n", stats.variant().label(), load.firstPaintMs()));
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

    /** The system's one-minute load average, which shows whether other work competed for the cores. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private double ratioToVanilla(VariantStats stats) {
        return stats.medianFirstPaintMs() / vanilla.medianFirstPaintMs();
    }

    private long totalBytes() {
        return files.stream().mapToLong(CompressedSizes.FileSize::bytes).sum();
    }

    private long totalGzipBytes() {
        return files.stream().mapToLong(CompressedSizes.FileSize::gzipBytes).sum();
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
