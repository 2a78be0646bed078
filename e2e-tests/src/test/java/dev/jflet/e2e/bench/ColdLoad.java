package dev.jflet.e2e.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads one variant in a fresh browser context (so with a cold cache) and measures its first paint of content. */
final class ColdLoad {
    /** A request issued before the first paint; times in ms since navigation start. */
    record Resource(String url, double startMs, double endMs, long transferBytes, long bodyBytes, long gzipBytes) {
    }

    /** One load: when app content entered the DOM, when it was first painted, and what had been requested by then. */
    record Result(double inDomMs, double firstPaintMs, List<Resource> beforePaint) {
        long transferBytes() {
            return beforePaint.stream().mapToLong(Resource::transferBytes).sum();
        }

        long gzipBytes() {
            return beforePaint.stream().mapToLong(Resource::gzipBytes).sum();
        }
    }

    /** The navigation and every resource that started no later than the first paint (Resource Timing entries). */
    private static final String REQUESTS_BEFORE_PAINT = """
            (firstPaint) => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                .filter(entry => entry.startTime <= firstPaint)
                .map(entry => ({url: entry.name, startMs: entry.startTime, endMs: entry.responseEnd,
                                transferBytes: entry.transferSize, bodyBytes: entry.encodedBodySize}))
            """;

    private final Browser browser;
    private final BenchSite site;
    private final String probe;
    private final Map<Path, Long> gzipCache = new HashMap<>();

    ColdLoad(Browser browser, BenchSite site) {
        this.browser = browser;
        this.site = site;
        this.probe = readProbe();
    }

    Result run(LoadTarget target) {
        Variant variant = target.variant();
        try (BrowserContext context = browser.newContext(Bench.CONTEXT)) {
            variant.prepare(context);
            context.addInitScript(probe);
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(error -> errors.add("page error: " + error));
            page.onConsoleMessage(message -> {
                if (message.type().equals("error") && !message.location().contains("/favicon.ico:")) {
                    errors.add("console error: " + message.text());
                }
            });
            page.navigate(site.url(target.path()));
            Map<?, ?> times = (Map<?, ?>) page.evaluate("() => window.jfletFirstPaint");
            double firstPaint = number(times.get("firstPaintMs"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            List<Resource> resources = resources(page.evaluate(REQUESTS_BEFORE_PAINT, firstPaint));
            variant.buildProblem(resources.stream().map(Resource::url).toList())
                    .ifPresent(problem -> errors.add(problem + " (among the requests before first paint)"));
            if (!errors.isEmpty()) {
                throw new IllegalStateException(target.label() + " did not load cleanly:\n  "
                        + String.join("\n  ", errors));
            }
            return new Result(number(times.get("inDomMs")), firstPaint, resources);
        }
    }

    private List<Resource> resources(Object entries) {
        List<Resource> resources = new ArrayList<>();
        for (Object item : (List<?>) entries) {
            Map<?, ?> entry = (Map<?, ?>) item;
            String url = (String) entry.get("url");
            long bodyBytes = (long) number(entry.get("bodyBytes"));
            long transferBytes = (long) number(entry.get("transferBytes"));
            // A body smaller on the wire than its own size came from the HTTP cache (a 304 revalidation).
            long gzip = transferBytes < bodyBytes ? 0 : gzipBytes(url, bodyBytes);
            resources.add(new Resource(url, number(entry.get("startMs")), number(entry.get("endMs")),
                    transferBytes, bodyBytes, gzip));
        }
        return resources;
    }

    /** The gzip size of the file answering {@code url}; a response no file answers (a 404) counts as sent. */
    private long gzipBytes(String url, long bodyBytes) {
        Path file = site.fileFor(url);
        if (!Files.isRegularFile(file)) {
            return bodyBytes;
        }
        return gzipCache.computeIfAbsent(file, f -> CompressedSizes.gzipLength(f));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String readProbe() {
        try (InputStream in = ColdLoad.class.getResourceAsStream("first-paint-probe.js")) {
            if (in == null) {
                throw new IllegalStateException("first-paint-probe.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
