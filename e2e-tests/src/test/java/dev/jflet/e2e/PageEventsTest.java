package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page-events demo (site/…/pageevents/PageEvents.java): the viewport size, shown live, and how many size reports
 * came; the media data; key presses with Flet's labels; the system brightness; the preferred languages; the app
 * lifecycle states, listed as they come; and an error handler, set with a lambda, for a button that throws.
 */
class PageEventsTest extends BrowserTest {
    /**
     * Hides or shows the tab the way a browser does when the user switches tabs: the window loses focus, then the
     * document becomes hidden; coming back, it becomes visible, then the window gets focus. Headless Chromium keeps
     * every page visible whatever Playwright or CDP does (bringToFront, Target.activateTarget, a minimized window,
     * Emulation.setFocusEmulationEnabled, Page.setWebLifecycleState), so the script overrides
     * {@code document.visibilityState} and fires the events itself. The renderer's listeners are the real ones.
     */
    private static final String SET_VISIBILITY = """
            (visible) => {
              const state = visible ? 'visible' : 'hidden';
              Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => state});
              Object.defineProperty(document, 'hidden', {configurable: true, get: () => !visible});
              if (!visible) window.dispatchEvent(new FocusEvent('blur'));
              document.dispatchEvent(new Event('visibilitychange'));
              if (visible) window.dispatchEvent(new FocusEvent('focus'));
            }
            """;

    @ParameterizedTest
    @EnumSource(Build.class)
    void size_opened_showsTheViewportSize(Build build) {
        Page page = open(build, "/page-events/");

        assertThat(size(page)).hasText(sizeText(page.viewportSize().width, page.viewportSize().height));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void size_viewportResized_showsTheNewSize(Build build) {
        Page page = open(build, "/page-events/");
        assertThat(size(page)).hasText(sizeText(page.viewportSize().width, page.viewportSize().height));

        page.setViewportSize(800, 600);
        assertThat(size(page)).hasText(sizeText(800, 600));

        page.setViewportSize(640, 900);
        assertThat(size(page)).hasText(sizeText(640, 900));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void lifecycle_tabHiddenThenShown_listsFletsStates(Build build) {
        Page page = open(build, "/page-events/");
        assertThat(size(page)).isVisible();
        assertThat(states(page).locator("span")).hasCount(0);

        page.evaluate(SET_VISIBILITY, false);
        assertThat(states(page).locator("span")).hasText(new String[] {"lifecycle inactive", "lifecycle hide"});

        page.evaluate(SET_VISIBILITY, true);
        assertThat(states(page).locator("span")).hasText(new String[] {
            "lifecycle inactive", "lifecycle hide", "lifecycle show", "lifecycle resume"});
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void lifecycle_windowMinimizedThenRestored_listsInactiveThenResume(Build build) {
        Page page = open(build, "/page-events/");
        assertThat(size(page)).isVisible();
        CDPSession cdp = page.context().newCDPSession(page);
        int windowId = cdp.send("Browser.getWindowForTarget").get("windowId").getAsInt();
        // Playwright emulates focus in headless pages, so every page keeps focus; turn that off for this page.
        JsonObject focusEmulation = new JsonObject();
        focusEmulation.addProperty("enabled", false);
        cdp.send("Emulation.setFocusEmulationEnabled", focusEmulation);

        windowState(cdp, windowId, "minimized");
        assertThat(states(page).locator("span")).hasText(new String[] {"lifecycle inactive"});

        windowState(cdp, windowId, "normal");
        assertThat(states(page).locator("span")).hasText(new String[] {"lifecycle inactive", "lifecycle resume"});
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void fail_clicked_errorHandlerShowsTheMessageAndTheAppKeepsWorking(Build build) {
        Page page = open(build, "/page-events/");
        assertThat(error(page)).hasText("No error yet");
        // The app's error handler takes the exception, so the console gets no error (any would fail the test).

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fail").setExact(true)).click();

        assertThat(error(page)).hasText("Handled: the button broke");
        assertThat(page.locator("[data-key=jflet-error]")).hasCount(0);
        page.setViewportSize(800, 600);
        assertThat(size(page)).hasText(sizeText(800, 600));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void size_viewportResizedQuicklyManyTimes_reportsAtMostEvery100msAndEndsWithTheFinalSize(Build build) {
        Page page = open(build, "/page-events/");
        assertThat(size(page)).hasText(sizeText(page.viewportSize().width, page.viewportSize().height));
        int before = count(page, "resizes");

        long started = System.nanoTime();
        for (int i = 0; i < 12; i++) {
            page.setViewportSize(900 - 10 * i, 700 - 5 * i);
        }
        assertThat(size(page)).hasText(sizeText(790, 645));
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        // Let a report still pending arrive, then count: one at most per 100 ms, the first one at once.
        page.waitForTimeout(300);
        int reports = count(page, "resizes") - before;

        assertTrue(reports >= 1 && reports <= (elapsedMs + 300) / 100 + 1,
                reports + " size reports for 12 resizes in " + elapsedMs + " ms");
        assertThat(size(page)).hasText(sizeText(790, 645));
        assertEquals(790.0, ((Number) page.evaluate("() => innerWidth")).doubleValue());
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void media_viewportTurnedPortrait_showsTheNewOrientation(Build build) {
        Page page = open(build, "/page-events/");
        page.setViewportSize(900, 600);
        assertThat(page.locator("[data-key=media]")).hasText("Media: landscape, pixel ratio 1.0");

        page.setViewportSize(500, 800);

        assertThat(page.locator("[data-key=media]")).hasText("Media: portrait, pixel ratio 1.0");
        assertThat(size(page)).hasText(sizeText(500, 800));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void keys_pressedWithModifiers_showFletsLabelsAndModifiers(Build build) {
        Page page = open(build, "/page-events/");
        Locator key = page.locator("[data-key=key]");
        assertThat(key).hasText("Key: none yet");

        page.keyboard().press("Shift+KeyA");
        assertThat(key).hasText("Key: A shift=true ctrl=false alt=false meta=false");
        page.keyboard().press("Control+Enter");
        assertThat(key).hasText("Key: Enter shift=false ctrl=true alt=false meta=false");
        page.keyboard().press("ArrowLeft");
        assertThat(key).hasText("Key: Arrow Left shift=false ctrl=false alt=false meta=false");
        page.keyboard().press("Alt+Meta+Digit5");
        assertThat(key).hasText("Key: 5 shift=false ctrl=false alt=true meta=true");
        page.keyboard().press("Shift+Slash");
        assertThat(key).hasText("Key: / shift=true ctrl=false alt=false meta=false");
        page.keyboard().press("Escape");
        assertThat(key).hasText("Key: Escape shift=false ctrl=false alt=false meta=false");
        // Modifier presses alone are not reported: six keys, six events.
        assertThat(page.locator("[data-key=keys]")).hasText("Key events: 6");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void keys_handlerRemoved_clientSendsNoKeyboardEvent(Build build) {
        Page page = open(build, "/page-events/");
        assertThat(size(page)).isVisible();
        // Counts the keyboard_event frames the renderer hands to the app's bridge function.
        page.evaluate("""
                () => {
                  window.keyFrames = 0;
                  const send = globalThis.jsSend;
                  const name = new TextEncoder().encode('keyboard_event');
                  const has = (p) => p.some((_, i) => name.every((b, j) => p[i + j] === b));
                  globalThis.jsSend = (id, packet) => {
                    if (has(packet)) window.keyFrames++;
                    return send(id, packet);
                  };
                }
                """);
        page.keyboard().press("KeyQ");
        assertThat(page.locator("[data-key=keys]")).hasText("Key events: 1");
        assertEquals(1, keyFrames(page));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop listening to keys")).click();
        Locator listen = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Listen to keys"));
        assertThat(listen).isVisible();
        page.keyboard().press("KeyW");
        page.keyboard().press("Shift+KeyE");
        page.waitForTimeout(300);
        assertEquals(1, keyFrames(page), "no keyboard_event is sent while no handler is set");
        assertThat(page.locator("[data-key=key]")).hasText("Key: Q shift=false ctrl=false alt=false meta=false");

        listen.click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop listening to keys")))
                .isVisible();
        page.keyboard().press("KeyR");
        assertThat(page.locator("[data-key=keys]")).hasText("Key events: 2");
        assertEquals(2, keyFrames(page));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void brightness_systemSchemeTurnsDarkThenLight_showsEachChange(Build build) {
        Page page = open(build, "/page-events/", ColorScheme.LIGHT);
        Locator brightness = page.locator("[data-key=brightness]");
        Locator reports = page.locator("[data-key=brightness-reports]");
        // Like Flet's client, the renderer reports the brightness once as it starts.
        assertThat(reports).hasText("Brightness reports: 1");
        assertThat(brightness).hasText("Brightness: light");

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        assertThat(reports).hasText("Brightness reports: 2");
        assertThat(brightness).hasText("Brightness: dark");

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        assertThat(reports).hasText("Brightness reports: 3");
        assertThat(brightness).hasText("Brightness: light");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void locale_browserLanguagesChange_showsFletsLocales(Build build) {
        Page page = open(build, "/page-events/");
        Locator locales = page.locator("[data-key=locales]");
        assertThat(locales).hasText("Locales: none reported yet");

        CDPSession cdp = page.context().newCDPSession(page);
        JsonObject override = new JsonObject();
        override.addProperty("userAgent", (String) page.evaluate("() => navigator.userAgent"));
        override.addProperty("acceptLanguage", "fr-CA,zh-Hant-TW,de");
        cdp.send("Emulation.setUserAgentOverride", override);
        // The override changes navigator.languages but, unlike a change in the browser's settings, fires no
        // languagechange; the test fires it. The renderer reads the languages the browser now reports.
        assertEquals(List.of("fr-CA", "zh-Hant-TW", "de"), page.evaluate("() => navigator.languages"));
        page.evaluate("() => window.dispatchEvent(new Event('languagechange'))");

        assertThat(locales).hasText("Locales: fr-CA, zh-Hant-TW, de");
    }

    /** Sets the browser window's state through CDP: the one thing that makes headless Chromium blur a page. */
    private static void windowState(CDPSession cdp, int windowId, String state) {
        JsonObject bounds = new JsonObject();
        bounds.addProperty("windowState", state);
        JsonObject params = new JsonObject();
        params.addProperty("windowId", windowId);
        params.add("bounds", bounds);
        cdp.send("Browser.setWindowBounds", params);
    }

    private static int keyFrames(Page page) {
        return ((Number) page.evaluate("() => window.keyFrames")).intValue();
    }

    /** The number in a "Label: N" text of the demo. */
    private static int count(Page page, String key) {
        Matcher m = Pattern.compile(": (\\d+)$").matcher(page.locator("[data-key=" + key + "]").textContent());
        assertTrue(m.find(), key);
        return Integer.parseInt(m.group(1));
    }

    private static String sizeText(int width, int height) {
        return "Size: " + width + " × " + height;
    }

    private static Locator size(Page page) {
        return page.locator("[data-key=size]");
    }

    private static Locator states(Page page) {
        return page.locator("[data-key=states]");
    }

    private static Locator error(Page page) {
        return page.locator("[data-key=error]");
    }
}
