package dev.jflet.e2e.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rows app or its vanilla page, loaded in a fresh browser context, driven through rows-probe.js. */
final class RowsPage implements AutoCloseable {
    static final String APP = "rows";
    private static final String PROBE = readProbe();
    private static final int STEP_TIMEOUT_MS = 120_000;

    /** One measured step: ms from the click to the DOM change, and to the end of the frame that paints it. */
    record Timing(double domMs, double paintMs) {
    }

    /** Memory after a step: the JS heap (which holds WasmGC objects too) and wasm linear memories, after a GC. */
    record Memory(long jsHeapBytes, long wasmMemoryBytes) {
        long totalBytes() {
            return jsHeapBytes + wasmMemoryBytes;
        }
    }

    /** Memory of the loaded page before any rows, and after the rows were created. */
    record MemoryGrowth(Memory before, Memory after) {
    }

    private final Variant variant;
    private final BrowserContext context;
    private final Page page;
    private final List<String> errors = new ArrayList<>();

    private RowsPage(Variant variant, BrowserContext context, Page page) {
        this.variant = variant;
        this.context = context;
        this.page = page;
    }

    /** Opens the variant's page and waits until its buttons are there. */
    static RowsPage open(Browser browser, BenchSite site, Variant variant) {
        BrowserContext context = browser.newContext(Bench.CONTEXT);
        variant.prepare(context);
        context.addInitScript(PROBE);
        Page page = context.newPage();
        RowsPage rows = new RowsPage(variant, context, page);
        page.onPageError(error -> rows.errors.add("page error: " + error));
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") && !message.location().contains("/favicon.ico:")) {
                rows.errors.add("console error: " + message.text());
            }
        });
        page.navigate(site.url(variant.path(APP)));
        page.locator("[data-key=\"run\"]").waitFor();
        rows.checkClean();
        return rows;
    }

    /** Clicks the step's element and waits for its check; returns the timing. */
    Timing run(RowsOperation.Step step) {
        Map<?, ?> result = (Map<?, ?>) page.evaluate("([selector, check, argument, timeout]) =>"
                + " window.jfletRows.measure(selector, check, argument, timeout)",
                List.of(step.selector(), step.check(), step.argument(), STEP_TIMEOUT_MS));
        checkClean();
        return new Timing(((Number) result.get("domMs")).doubleValue(), ((Number) result.get("paintMs")).doubleValue());
    }

    /** "id label" of every row, in order. */
    @SuppressWarnings("unchecked")
    List<String> rowTexts() {
        return (List<String>) page.evaluate("() => window.jfletRows.labels()");
    }

    /** Collects garbage twice, then reads the heap through the Chrome DevTools Protocol. */
    Memory memory() {
        CDPSession cdp = context.newCDPSession(page);
        try {
            cdp.send("HeapProfiler.collectGarbage");
            cdp.send("HeapProfiler.collectGarbage");
            JsonObject heap = cdp.send("Runtime.getHeapUsage");
            long wasm = ((Number) page.evaluate("() => window.jfletRows.wasmMemoryBytes()")).longValue();
            return new Memory(heap.get("usedSize").getAsLong(), wasm);
        } finally {
            cdp.detach();
        }
    }

    /** Writes a heap snapshot of the page, taken after two collections, to {@code file}. */
    void heapSnapshot(java.nio.file.Path file) {
        CDPSession cdp = context.newCDPSession(page);
        try {
            HeapSnapshots.take(cdp, file);
        } finally {
            cdp.detach();
        }
    }

    /** Runs {@code step} under the CPU profiler and writes the profile to {@code file}. */
    void profile(RowsOperation.Step step, java.nio.file.Path file) throws IOException {
        CDPSession cdp = context.newCDPSession(page);
        try {
            CpuProfiles.start(cdp);
            run(step);
            CpuProfiles.stop(cdp, file);
        } finally {
            cdp.detach();
        }
    }

    private void checkClean() {
        if (!errors.isEmpty()) {
            throw new IllegalStateException(variant.label() + ": " + String.join("\n  ", errors));
        }
    }

    @Override
    public void close() {
        context.close();
    }

    private static String readProbe() {
        try (InputStream in = RowsPage.class.getResourceAsStream("rows-probe.js")) {
            if (in == null) {
                throw new IllegalStateException("rows-probe.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
