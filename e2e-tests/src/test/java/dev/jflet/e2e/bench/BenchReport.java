package dev.jflet.e2e.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
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
    private final List<CompressedSizes.FileSize> files;
    private final Map<Variant, List<ColdLoad.Result>> loads;

    BenchReport(String chromiumVersion, List<CompressedSizes.FileSize> files,
            Map<Variant, List<ColdLoad.Result>> loads) {
        this.chromiumVersion = chromiumVersion;
        this.files = files;
        this.loads = loads;
    }

    void writeJson(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).write(toMap(), file.toFile());
    }

    private Map<String, Object> toMap() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("measuredAt", Instant.now().toString());
        root.put("machine", Map.of(
                "cores", Runtime.getRuntime().availableProcessors(),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "java", System.getProperty("java.version"),
                "chromium", chromiumVersion));
        root.put("method", Map.of(
                "firstPaint", "ms from navigation start to the first requestAnimationFrame after"
                        + " [data-key=counter] with text '0' is in the DOM",
                "cache", "fresh browser context per load (cold cache)",
                "warmUpLoads", StartupBenchmark.WARM_UP_LOADS,
                "measuredLoads", StartupBenchmark.MEASURED_LOADS,
                "compression", "gzip, java.util.zip default level 6; no brotli"));
        List<Map<String, Object>> fileRows = new ArrayList<>();
        for (CompressedSizes.FileSize file : files) {
            fileRows.add(ordered("path", file.path(), "bytes", file.bytes(), "gzipBytes", file.gzipBytes()));
        }
        root.put("counterAppFiles", fileRows);
        root.put("counterAppTotal", ordered("bytes", totalBytes(), "gzipBytes", totalGzipBytes()));
        List<Map<String, Object>> variants = new ArrayList<>();
        for (Variant variant : loads.keySet()) {
            variants.add(variantMap(variant));
        }
        root.put("variants", variants);
        return root;
    }

    private Map<String, Object> variantMap(Variant variant) {
        List<ColdLoad.Result> results = loads.get(variant);
        ColdLoad.Result last = results.get(results.size() - 1);
        List<Map<String, Object>> requests = new ArrayList<>();
        for (ColdLoad.Resource resource : last.beforePaint()) {
            requests.add(ordered("url", resource.url(), "startMs", resource.startMs(), "endMs", resource.endMs(),
                    "transferBytes", resource.transferBytes(), "bodyBytes", resource.bodyBytes(),
                    "gzipBytes", resource.gzipBytes()));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("variant", variant.name());
        map.put("label", variant.label());
        map.put("firstPaintMs", results.stream().map(ColdLoad.Result::firstPaintMs).toList());
        map.put("medianFirstPaintMs", medianFirstPaint(variant));
        map.put("ratioToVanilla", ratioToVanilla(variant));
        map.put("requestsBeforePaint", last.beforePaint().size());
        map.put("transferBytesBeforePaint", last.transferBytes());
        map.put("gzipBytesBeforePaint", last.gzipBytes());
        map.put("requestsBeforePaintOfLastLoad", requests);
        return map;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("\n### Counter app folder (gzip level 6)\n\n| file | bytes | gzip bytes |\n|---|---:|---:|\n");
        for (CompressedSizes.FileSize file : files) {
            md.append(row(file.path(), file.bytes(), file.gzipBytes()));
        }
        md.append(row("**total**", totalBytes(), totalGzipBytes()));
        md.append("\n### First paint of app content (median of ").append(StartupBenchmark.MEASURED_LOADS)
                .append(" cold loads after ").append(StartupBenchmark.WARM_UP_LOADS).append(" warm-up loads)\n\n")
                .append("| page | median ms | min ms | max ms | × vanilla | requests before paint |"
                        + " bytes transferred before paint (headers + uncompressed bodies) | gzip bytes before paint |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Variant variant : loads.keySet()) {
            List<Double> times = loads.get(variant).stream().map(ColdLoad.Result::firstPaintMs).sorted().toList();
            ColdLoad.Result last = loads.get(variant).get(loads.get(variant).size() - 1);
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.2f | %d | %d | %d |%n",
                    variant.label(), medianFirstPaint(variant), times.get(0), times.get(times.size() - 1),
                    ratioToVanilla(variant), last.beforePaint().size(), last.transferBytes(), last.gzipBytes()));
        }
        for (Variant variant : loads.keySet()) {
            md.append("\n### Requests before first paint: ").append(variant.label()).append(" (last load)\n\n")
                    .append("| url | start ms | end ms | bytes transferred | gzip bytes of the body |\n|---|---:|---:|---:|---:|\n");
            List<ColdLoad.Result> results = loads.get(variant);
            for (ColdLoad.Resource resource : results.get(results.size() - 1).beforePaint()) {
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d | %d |%n", resource.url(),
                        resource.startMs(), resource.endMs(), resource.transferBytes(), resource.gzipBytes()));
            }
        }
        return md.toString();
    }

    private double medianFirstPaint(Variant variant) {
        return median(loads.get(variant).stream().map(ColdLoad.Result::firstPaintMs).toList());
    }

    private double ratioToVanilla(Variant variant) {
        return medianFirstPaint(variant) / medianFirstPaint(Variant.VANILLA);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private long totalBytes() {
        return files.stream().mapToLong(CompressedSizes.FileSize::bytes).sum();
    }

    private long totalGzipBytes() {
        return files.stream().mapToLong(CompressedSizes.FileSize::gzipBytes).sum();
    }

    private static String row(String name, long bytes, long gzipBytes) {
        return "| " + name + " | " + bytes + " | " + gzipBytes + " |\n";
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
