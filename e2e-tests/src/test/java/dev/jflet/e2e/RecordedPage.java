package dev.jflet.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * A page in a fresh browser context that runs one {@link Build} and records what a test must not miss: console
 * errors, uncaught page errors, and every request URL.
 */
public final class RecordedPage implements AutoCloseable {
    private final BrowserContext context;
    private final Page page;
    private final Build build;
    private final String origin;
    private final List<String> errors = new ArrayList<>();
    private final List<String> expectedErrors = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();

    private RecordedPage(BrowserContext context, Build build, String origin) {
        this.context = context;
        this.build = build;
        this.origin = origin;
        build.prepare(context);
        context.onRequest(request -> requests.add(request.url()));
        this.page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") && !isImplicitFaviconMiss(message.location())) {
                errors.add("console error at " + message.location() + ": " + message.text());
            }
        });
        page.onPageError(error -> errors.add("page error: " + error));
    }

    /**
     * Opens a blank page in a new context of {@code browser}; requests outside {@code origin} count as problems.
     * Service workers are blocked: their precaching fetches every file of a site, both builds included, which would
     * hide which build the page ran (the publishing tests run them, see {@link StaticHost}).
     */
    public static RecordedPage open(Browser browser, Build build, String origin) {
        return new RecordedPage(browser.newContext(new Browser.NewContextOptions()
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK)), build, origin);
    }

    /** Opens a page in {@code context}, which the caller configured and closes with this page. */
    public static RecordedPage open(BrowserContext context, Build build, String origin) {
        return new RecordedPage(context, build, origin);
    }

    /**
     * Chromium asks every origin for /favicon.ico on its own, whether or not a page declares an icon; a 404 for that
     * request is the browser's, not the page's.
     */
    private boolean isImplicitFaviconMiss(String location) {
        return location.startsWith(origin + "/favicon.ico:");
    }

    public Page page() {
        return page;
    }

    /** Every URL requested so far, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Requests to anything but this page's own origin. */
    public List<String> foreignRequests() {
        return requests.stream().filter(url -> !url.equals(origin) && !url.startsWith(origin + "/")).toList();
    }

    /**
     * Allows one console error that contains {@code fragment}: an error the test provokes on purpose. It becomes a
     * problem if it never comes; a second such error is still a problem.
     */
    public void expectConsoleError(String fragment) {
        if (fragment.isEmpty()) {
            throw new IllegalArgumentException("fragment must not be empty");
        }
        expectedErrors.add(fragment);
    }

    /** Everything that went wrong (errors, foreign requests, the wrong build or none running); empty when healthy. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(errors);
        for (String fragment : expectedErrors) {
            if (!removeFirstConsoleError(problems, fragment)) {
                problems.add("expected a console error containing \"" + fragment + "\", but none came");
            }
        }
        foreignRequests().forEach(url -> problems.add("request outside " + origin + ": " + url));
        problems.addAll(build.problemsIn(requests));
        return problems;
    }

    private static boolean removeFirstConsoleError(List<String> problems, String fragment) {
        for (int i = 0; i < problems.size(); i++) {
            if (problems.get(i).startsWith("console error") && problems.get(i).contains(fragment)) {
                problems.remove(i);
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        context.close();
    }
}
