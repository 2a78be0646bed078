package dev.jflet.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the end-to-end tests: one server and one Chromium per test class, a fresh context per test.
 *
 * <p>A test opens pages with {@link #open}; after it, the test fails if any page logged a console error, threw an
 * uncaught error, requested anything outside the site's origin, or ran another build than the one asked for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {
    private static final double ASSERTION_TIMEOUT_MS = 10_000;

    private SiteServer server;
    private Playwright playwright;
    private Browser browser;
    private RecordedPage current;

    @BeforeAll
    void startSiteAndBrowser() throws IOException {
        server = SiteServer.startPublishedSite();
        playwright = Chromium.createPlaywright();
        browser = Chromium.launch(playwright);
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
    }

    @AfterAll
    void stopSiteAndBrowser() {
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * Polls {@code predicate} (a JS function) until it returns true, for up to 10 s. Unlike Playwright's
     * waitForFunction, which evaluates its polling predicate with eval, this works under the published sites'
     * Content-Security-Policy.
     */
    static void waitUntilTrue(Page page, String predicate) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!Boolean.TRUE.equals(page.evaluate(predicate))) {
            if (System.nanoTime() > deadline) {
                fail("still false after 10 s: " + predicate);
            }
            page.waitForTimeout(50);
        }
    }

    /** Opens {@code path} ("/counter/") of the published site, running {@code build}, in a fresh context. */
    protected Page open(Build build, String path) {
        return start(build, path, null, null);
    }

    /**
     * Opens {@code path} like {@link #open(Build, String)} in a browser whose system colour scheme is
     * {@code scheme}: what prefers-color-scheme reports from the first script on.
     */
    protected Page open(Build build, String path, ColorScheme scheme) {
        return start(build, path, null, scheme);
    }

    /**
     * Opens {@code path} like {@link #open(Build, String)}, running {@code initScript} in the page before any of the
     * page's own scripts: to observe what happens while the app starts.
     */
    protected Page open(Build build, String path, String initScript) {
        return start(build, path, initScript, null);
    }

    private Page start(Build build, String path, String initScriptOrNull, ColorScheme schemeOrNull) {
        if (current != null) {
            throw new IllegalStateException("open() was already called in this test: " + current.requests());
        }
        current = RecordedPage.open(browser, build, server.origin());
        if (initScriptOrNull != null) {
            current.page().addInitScript(initScriptOrNull);
        }
        if (schemeOrNull != null) {
            current.page().emulateMedia(new Page.EmulateMediaOptions().setColorScheme(schemeOrNull));
        }
        current.page().navigate(server.url(path));
        return current.page();
    }

    /** The absolute URL of {@code path} on the site server. */
    protected String siteUrl(String path) {
        return server.url(path);
    }

    /** The current test's recorded page. */
    protected RecordedPage recorded() {
        if (current == null) {
            throw new IllegalStateException("call open() first");
        }
        return current;
    }

    @AfterEach
    void failOnPageProblems() {
        if (current == null) {
            return;
        }
        try {
            List<String> problems = current.problems();
            if (!problems.isEmpty()) {
                fail("The page had " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
            }
        } finally {
            current.close();
            current = null;
        }
    }
}
