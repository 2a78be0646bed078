package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizeReportTest {
    @TempDir
    Path site;

    @Test
    void measure_everyFileRawAndGzip() throws IOException {
        Files.writeString(site.resolve("index.html"), "a".repeat(10_000));
        Files.createDirectories(site.resolve("app"));
        Files.write(site.resolve("app/classes.wasm"), new byte[] {0, 0x61, 0x73, 0x6d});

        List<SizeReport.Entry> entries = SizeReport.measure(site);

        assertEquals(List.of("app/classes.wasm", "index.html"), entries.stream().map(SizeReport.Entry::path).toList());
        assertEquals(4, entries.get(0).bytes());
        assertEquals(10_000, entries.get(1).bytes());
        assertTrue(entries.get(1).gzipBytes() < 100, "gzip of 10k equal bytes: " + entries.get(1).gzipBytes());
    }

    @Test
    void format_alignsColumnsAndAddsTheTotal() {
        List<String> lines = SizeReport.format(List.of(
                new SizeReport.Entry("index.html", 900, 500),
                new SizeReport.Entry("app/classes.wasm", 150_000, 60_000)));

        assertEquals(List.of(
                "  file                    size        gzip",
                "  index.html             900 B       500 B",
                "  app/classes.wasm    146.5 KB     58.6 KB",
                "  total               147.4 KB     59.1 KB"), lines);
    }
}
