package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a cold start requests: every file once, so the page's preloads are the requests the loader uses. */
class StartupRequestsTest extends BrowserTest {
    /** Each resource the page fetched (Resource Timing), with the bytes the network sent for it (0 from the cache). */
    private static final String FETCHED = """
            () => performance.getEntriesByType('resource').map(entry => [entry.name, entry.transferSize])
            """;
    private static final String PRELOADS = """
            () => [...document.querySelectorAll('link[rel=preload], link[rel=modulepreload]')].map(link => link.href)
            """;

    @ParameterizedTest
    @EnumSource(Build.class)
    void coldStart_everyFile_comesOverTheNetworkOnce(Build build) {
        Page page = open(build, "/hello/");
        assertThat(page.locator("[data-key=hello]")).hasText("Hello, world!");

        Map<String, Integer> downloads = new TreeMap<>();
        Map<String, Integer> requests = new TreeMap<>();
        for (Object entry : (List<?>) page.evaluate(FETCHED)) {
            List<?> pair = (List<?>) entry;
            requests.merge((String) pair.get(0), 1, Integer::sum);
            if (((Number) pair.get(1)).longValue() > 0) {
                downloads.merge((String) pair.get(0), 1, Integer::sum);
            }
        }
        List<?> preloads = (List<?>) page.evaluate(PRELOADS);

        assertFalse(preloads.isEmpty(), "index.html preloads the renderer's modules");
        for (Object preload : preloads) {
            assertEquals(1, downloads.getOrDefault((String) preload, 0), preload + " in " + downloads);
        }
        downloads.forEach((url, count) -> assertEquals(1, count, url + " was downloaded " + count + " times"));
        // Not even a second request answered from the cache: each one queues for a connection before the first paint.
        requests.forEach((url, count) -> assertEquals(1, count, url + " was requested " + count + " times"));
        assertEquals(1, requests.keySet().stream().filter(url -> url.matches(".*\\.css")).count(),
                "one stylesheet: " + requests.keySet());
        assertTrue(downloads.keySet().stream().anyMatch(url -> url.matches(".*/app/classes\\.[0-9a-f]{12}\\."
                + (build == Build.WASM ? "wasm" : "js"))), downloads.toString());
    }
}
