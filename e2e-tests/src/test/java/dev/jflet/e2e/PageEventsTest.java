package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The page-events demo (site/…/pageevents/PageEvents.java): the viewport size, shown live; the app lifecycle states,
 * listed as they come; and an error handler, set with a lambda, for a button that throws.
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
        // The runtime logs every exception from app code to the console, handled or not.
        recorded().expectConsoleError("the button broke");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fail").setExact(true)).click();

        assertThat(error(page)).hasText("Handled: the button broke");
        assertThat(page.locator("[data-key=jflet-error]")).hasCount(0);
        page.setViewportSize(800, 600);
        assertThat(size(page)).hasText(sizeText(800, 600));
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
