package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The async-main demo (site/…/asyncmain/AsyncMain.java): {@code main} shows a progress bar, sleeps 500 ms, then builds
 * the page; "Add now" adds one at once, "Add in a second" sleeps a second first.
 */
class AsyncMainTest extends BrowserTest {
    private static final double MAIN_SLEEP_MS = 500;
    private static final double HANDLER_SLEEP_MS = 1000;
    private static final double CLOCK_SLACK_MS = 100;

    /**
     * Records, in page time, every change of what the test looks at (progress bar, greeting, count, status) and every
     * button click, from before the app starts: the progress bar is on screen for only half a second.
     */
    private static final String TIMELINE = """
            (() => {
              const timeline = window.jfletTimeline = [];
              document.addEventListener('click', (e) => {
                const button = e.target instanceof Element && e.target.closest('button');
                if (button) timeline.push({click: button.textContent.trim(), at: performance.now()});
              }, true);
              let last = '';
              new MutationObserver(() => {
                const state = {
                  bar: document.querySelector('[role=progressbar]') !== null,
                  hello: (document.body?.textContent ?? '').includes('Hello, async world!'),
                  count: document.querySelector('[data-key=count]')?.textContent ?? null,
                  status: document.querySelector('[data-key=status]')?.textContent ?? null,
                };
                const key = JSON.stringify(state);
                if (key !== last) {
                  last = key;
                  timeline.push({...state, at: performance.now()});
                }
              }).observe(document, {childList: true, subtree: true, characterData: true});
            })();
            """;

    @ParameterizedTest
    @EnumSource(Build.class)
    void asyncMain_opened_showsProgressBarThenGreeting(Build build) {
        Page page = open(build, "/async-main/", TIMELINE);

        assertThat(page.getByText("Hello, async world!", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasCount(0);
        Map<String, Object> bar = first(page, "s => s.bar");
        Map<String, Object> hello = first(page, "s => s.hello");
        assertEquals(false, hello.get("bar"), "the progress bar must go when the page is built: " + timeline(page));
        double shownFor = at(hello) - at(bar);
        assertTrue(shownFor >= MAIN_SLEEP_MS - CLOCK_SLACK_MS, "the progress bar showed for only " + shownFor + " ms");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void mixedHandlers_addNowWhileAddInASecondSleeps_countsAtOnceThenAfterTheSleep(Build build) {
        Page page = open(build, "/async-main/", TIMELINE);
        assertThat(count(page)).hasText("0");

        button(page, "Add in a second").click();
        assertThat(status(page)).hasText("Waiting…");
        button(page, "Add now").click();
        button(page, "Add now").click();

        assertThat(count(page)).hasText("3");
        assertThat(status(page)).hasText("Ready");
        String timeline = timeline(page);
        double clickedAt = at(first(page, "s => s.click === 'Add in a second'"));
        Map<String, Object> waiting = first(page, "s => s.status === 'Waiting…'");
        assertEquals("0", waiting.get("count"), "\"Waiting…\" must show before the sleep: " + timeline);
        Map<String, Object> two = first(page, "s => s.count === '2'");
        assertEquals("Waiting…", two.get("status"), "\"Add now\" must not wait for the sleeping handler: " + timeline);
        assertTrue(at(two) - clickedAt < HANDLER_SLEEP_MS, "the count reached 2 only after the sleep: " + timeline);
        Map<String, Object> three = first(page, "s => s.count === '3'");
        assertEquals("Ready", three.get("status"), "the count and the status change in one update: " + timeline);
        double slept = at(three) - clickedAt;
        assertTrue(slept >= HANDLER_SLEEP_MS - CLOCK_SLACK_MS, "\"Add in a second\" added after " + slept + " ms");
    }

    /** The first timeline entry that {@code predicate} (a JS arrow function) accepts; fails if there is none. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Page page, String predicate) {
        Object entry = page.evaluate("() => window.jfletTimeline.find(" + predicate + ") ?? null");
        assertTrue(entry instanceof Map, "no timeline entry matches " + predicate + ": " + timeline(page));
        return (Map<String, Object>) entry;
    }

    private static double at(Map<String, Object> entry) {
        return ((Number) entry.get("at")).doubleValue();
    }

    private static String timeline(Page page) {
        return String.valueOf(page.evaluate("() => JSON.stringify(window.jfletTimeline)"));
    }

    private static Locator count(Page page) {
        return page.locator("[data-key=count]");
    }

    private static Locator status(Page page) {
        return page.locator("[data-key=status]");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
