package dev.jflet.host;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** Internal: the size of each file in a published site, raw and gzip-compressed, and the totals. */
final class SizeReport {
    /** One file's sizes in bytes. */
    record Entry(String path, long bytes, long gzipBytes) {
    }

    private SizeReport() {
    }

    /** Every regular file below {@code root}, sorted by path. */
    static List<Entry> measure(Path root) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                entries.add(new Entry(path, Files.size(file), gzipSize(file)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return entries;
    }

    /** A table: one line per file, then the total. */
    static List<String> format(List<Entry> entries) {
        int width = "total".length();
        for (Entry entry : entries) {
            width = Math.max(width, entry.path().length());
        }
        String row = "  %-" + width + "s  %10s  %10s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, row, "file", "size", "gzip"));
        long bytes = 0;
        long gzipBytes = 0;
        for (Entry entry : entries) {
            lines.add(String.format(Locale.ROOT, row, entry.path(), human(entry.bytes()), human(entry.gzipBytes())));
            bytes += entry.bytes();
            gzipBytes += entry.gzipBytes();
        }
        lines.add(String.format(Locale.ROOT, row, "total", human(bytes), human(gzipBytes)));
        return lines;
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024.0));
    }

    private static long gzipSize(Path file) throws IOException {
        CountingStream counter = new CountingStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(counter)) {
            Files.copy(file, gzip);
        }
        return counter.count;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
