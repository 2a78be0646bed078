package dev.jflet.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the publishing tests: sites published by e2e-tests/pom.xml under /my-repo/ (folder named by the
 * {@value #PUBLISHED_DIR_PROPERTY} property), served by a {@link StaticHost} that acts as GitHub Pages or Netlify,
 * in Chromium with service workers on.
 *
 * <p>After each test it fails on any console error, uncaught page error or Content-Security-Policy violation, unless
 * the test expected it; and on a page request that ran the other build than the one asked for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostedSiteTest {
    static final String BASE = "/my-repo/";
    static final String PUBLISHED_DIR_PROPERTY = "jflet.published.dir";
    /** The policy published sites run under (the words, and PublishOptions' default). */
    static final String POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
    /** Records every Content-Security-Policy violation in the page, for {@link #after}. */
    private static final String RECORD_VIOLATIONS = "window.__cspViolations = [];"
            + " document.addEventListener('securitypolicyviolation',"
            + " e => window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI));";

    private Playwright playwright;
    private Browser browser;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> expectedErrors = new ArrayList<>();
    private final List<String> pageRequests = new ArrayList<>();
    private Page page;
    private Build build;

    @BeforeAll
    void startBrowser() {
        playwright = Chromium.createPlaywright();
        browser = Chromium.launch(playwright);
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A copy of the published site {@code name} ("routes-path") in {@code folder}, which may be redeployed. */
    static Path deploy(String name, Path folder) throws IOException {
        String configured = System.getProperty(PUBLISHED_DIR_PROPERTY);
        if (configured == null) {
            throw new IllegalStateException("System property " + PUBLISHED_DIR_PROPERTY + " is not set: run the tests"
                    + " through Maven (mvn verify), whose e2e-tests executions publish the sites first.");
        }
        Path source = Path.of(configured, name);
        if (!Files.isRegularFile(source.resolve("index.html"))) {
            throw new IllegalStateException("No published site at " + source + ": run mvn verify from the project"
                    + " root, which publishes it in e2e-tests' process-test-classes phase.");
        }
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.toList()) {
                Path target = folder.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return folder;
    }

    /** Serves {@code site} under {@link #BASE}; closed after the test. */
    StaticHost host(Path site, StaticHost.Kind kind, String policy) throws IOException {
        StaticHost host = StaticHost.start(site, BASE, kind, policy);
        open.add(0, host);
        return host;
    }

    /** Closes {@code resource} after the test. */
    void closeAfter(AutoCloseable resource) {
        open.add(0, resource);
    }

    /** A page in a fresh browser context with service workers on, running {@code build}; closed after the test. */
    Page newPage(Build build) {
        if (page != null) {
            throw new IllegalStateException("newPage() was already called in this test");
        }
        this.build = build;
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setServiceWorkers(ServiceWorkerPolicy.ALLOW));
        open.add(context);
        build.prepare(context);
        context.addInitScript(RECORD_VIOLATIONS);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") && !message.location().contains("/favicon.ico")) {
                problems.add("console error at " + message.location() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error));
        // The page's own requests (answered by the service worker or the network), not the worker's precaching.
        page.onRequest(request -> pageRequests.add(request.url()));
        return page;
    }

    /** Allows one console error containing {@code fragment}, which the test provokes on purpose. */
    void expectConsoleError(String fragment) {
        expectedErrors.add(fragment);
    }

    /** The page is not meant to run any build (it stops before loading the app). */
    void expectNoBuild() {
        build = null;
    }

    /** The URLs the page requested since the test began or since {@link #clearRequests}. */
    List<String> pageRequests() {
        return List.copyOf(pageRequests);
    }

    void clearRequests() {
        pageRequests.clear();
    }

    /** The Content-Security-Policy violations the current document reported. */
    @SuppressWarnings("unchecked")
    List<String> violations() {
        return (List<String>) page.evaluate("() => window.__cspViolations ?? []");
    }

    /** Waits until a service worker controls the page and has every file of the site in its cache. */
    void waitUntilOffline() {
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
    }

    @AfterEach
    void after() throws Exception {
        try {
            List<String> found = new ArrayList<>(problems);
            if (page != null && !page.isClosed()) {
                violations().forEach(v -> found.add("Content-Security-Policy violation: " + v));
            }
            for (String fragment : expectedErrors) {
                if (!found.removeIf(p -> p.startsWith("console error") && p.contains(fragment))) {
                    found.add("expected a console error containing \"" + fragment + "\", but none came");
                }
            }
            if (build != null && !pageRequests.isEmpty()) {
                found.addAll(build.problemsIn(pageRequests));
            }
            if (!found.isEmpty()) {
                fail("The page had " + found.size() + " problem(s):\n  " + String.join("\n  ", found));
            }
        } finally {
            for (AutoCloseable resource : open) {
                resource.close();
            }
            open.clear();
            problems.clear();
            expectedErrors.clear();
            pageRequests.clear();
            page = null;
            build = null;
        }
    }
}
