package dev.jflet.e2e.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap snapshots after creating 10,000 rows, one per variant, written as {@code rows-<variant>.heapsnapshot} for
 * Chrome DevTools' Memory panel or {@code heap-summary.mjs}: where the memory measured by the rows benchmark goes.
 */
final class HeapSnapshots {
    private final Browser browser;
    private final BenchSite site;

    HeapSnapshots(Browser browser, BenchSite site) {
        this.browser = browser;
        this.site = site;
    }

    /** Writes one snapshot per variant into {@code dir} and returns their paths. */
    List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            try (RowsPage page = RowsPage.open(browser, site, variant)) {
                page.run(new RowsOperation.Step("[data-key=\"runlots\"]", "count", 10_000));
                Path file = dir.resolve("rows-" + variant.name().toLowerCase(java.util.Locale.ROOT) + ".heapsnapshot");
                page.heapSnapshot(file);
                written.add(file);
            }
        }
        return written;
    }

    /** Streams a snapshot of {@code cdp}'s page, after two collections, into {@code file}. */
    static void take(CDPSession cdp, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            cdp.on("HeapProfiler.addHeapSnapshotChunk", event -> {
                try {
                    out.write(((JsonObject) event).get("chunk").getAsString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            cdp.send("HeapProfiler.enable");
            cdp.send("HeapProfiler.collectGarbage");
            cdp.send("HeapProfiler.collectGarbage");
            cdp.send("HeapProfiler.takeHeapSnapshot");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
