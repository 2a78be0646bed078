package dev.jflet.e2e.bench;

import static dev.jflet.e2e.bench.Json.ordered;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Raw, gzip and brotli bytes of each published app, per file and in total. */
final class SizeReport {
    private static final int GROUP_ABOVE = 4;

    private final Map<String, List<CompressedSizes.FileSize>> apps;

    SizeReport(Map<String, List<CompressedSizes.FileSize>> apps) {
        this.apps = new LinkedHashMap<>(apps);
    }

    Map<String, Object> toMap() {
        List<Map<String, Object>> rows = new ArrayList<>();
        apps.forEach((app, files) -> rows.add(ordered(
                "app", app,
                "total", ordered("bytes", total(files, CompressedSizes.FileSize::bytes),
                        "gzipBytes", total(files, CompressedSizes.FileSize::gzipBytes),
                        "brotliBytes", total(files, CompressedSizes.FileSize::brotliBytes)),
                "files", files.stream().map(file -> ordered("path", file.path(), "bytes", file.bytes(),
                        "gzipBytes", file.gzipBytes(), "brotliBytes", file.brotliBytes())).toList())));
        return ordered("compression", "gzip level 6 (java.util.zip); brotli quality 11 (Node zlib)", "apps", rows);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("\n### Published apps: totals\n\n"
                + "| app | files | bytes | gzip bytes | brotli bytes |\n|---|---:|---:|---:|---:|\n");
        apps.forEach((app, files) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", app,
                files.size(), total(files, CompressedSizes.FileSize::bytes),
                total(files, CompressedSizes.FileSize::gzipBytes), total(files, CompressedSizes.FileSize::brotliBytes))));
        apps.forEach((app, files) -> {
            md.append("\n#### ").append(app).append(": per file (folders of loaded-on-use files summed)\n\n"
                    + "| file | files | bytes | gzip bytes | brotli bytes |\n|---|---:|---:|---:|---:|\n");
            grouped(files).forEach((name, group) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n",
                    name, group.size(), total(group, CompressedSizes.FileSize::bytes),
                    total(group, CompressedSizes.FileSize::gzipBytes),
                    total(group, CompressedSizes.FileSize::brotliBytes))));
        });
        return md.toString();
    }

    /** Files by path, except that the files of a subfolder holding more than {@value #GROUP_ABOVE} are one entry. */
    private static Map<String, List<CompressedSizes.FileSize>> grouped(List<CompressedSizes.FileSize> files) {
        Map<String, List<CompressedSizes.FileSize>> byFolder = new LinkedHashMap<>();
        for (CompressedSizes.FileSize file : files) {
            int slash = file.path().lastIndexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? "" : file.path().substring(0, slash + 1), f -> new ArrayList<>())
                    .add(file);
        }
        Map<String, List<CompressedSizes.FileSize>> groups = new LinkedHashMap<>();
        byFolder.forEach((folder, inFolder) -> {
            if (!folder.isEmpty() && inFolder.size() > GROUP_ABOVE) {
                groups.put(folder + "*", inFolder);
            } else {
                inFolder.forEach(file -> groups.put(file.path(), List.of(file)));
            }
        });
        return groups;
    }

    private static long total(List<CompressedSizes.FileSize> files, ToLongFunction<CompressedSizes.FileSize> size) {
        return files.stream().mapToLong(size).sum();
    }
}
