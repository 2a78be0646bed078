package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.DialogsAndServicesPages.button;
import static dev.jflet.e2e.DialogsAndServicesPages.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.MouseButton;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The browser services of the dialogs and services app (site/…/services) in Chromium: clipboard, preferences that
 * survive a reload, URLs opened with noopener and unsafe ones refused, the context menu switch, and device info.
 */
class DialogsAndServicesTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void clipboard_copyFromJava_pasteIntoJava(Build build) {
        Page page = DialogsAndServicesPages.ready(open(build, DialogsAndServicesPages.PATH));
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));

        button(page, "Copy").click();
        assertThat(status(page, "clipboard")).hasText("copied: Copied from Java");
        assertEquals("Copied from Java", page.evaluate("() => navigator.clipboard.readText()"));

        page.evaluate("() => navigator.clipboard.writeText('from the browser')");
        button(page, "Paste").click();
        assertThat(status(page, "clipboard")).hasText("pasted: from the browser");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void sharedPreferences_savedNote_survivesAReload_andTheVisitCountGrows(Build build) {
        Page page = DialogsAndServicesPages.ready(open(build, DialogsAndServicesPages.PATH));
        assertThat(status(page, "prefs")).hasText("visit 1, note: none");

        page.getByLabel("Note to keep").fill("buy milk");
        button(page, "Save note").click();
        assertThat(status(page, "prefs")).hasText("saved: buy milk");
        assertEquals("\"buy milk\"", page.evaluate("() => localStorage.getItem('flutter.services.note')"));
        assertEquals("1", page.evaluate("() => localStorage.getItem('flutter.services.visits')"));

        page.reload();
        DialogsAndServicesPages.ready(page);
        assertThat(status(page, "prefs")).hasText("visit 2, note: buy milk");

        button(page, "Remove note").click();
        assertThat(status(page, "prefs")).hasText("removed; keys: [services.visits]");
        assertNull(page.evaluate("() => localStorage.getItem('flutter.services.note')"));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void urlLauncher_opensANewTabWithoutOpener_andANamedWindow(Build build) {
        Page page = DialogsAndServicesPages.ready(open(build, DialogsAndServicesPages.PATH));

        Page counter = page.waitForPopup(() -> button(page, "Open the counter").click());
        counter.waitForLoadState();
        assertEquals(siteUrl("/counter/"), counter.url());
        assertEquals(true, counter.evaluate("() => window.opener === null"), "noopener");
        assertThat(status(page, "url")).hasText("opened ../counter/");

        Page hello = page.waitForPopup(() -> button(page, "Open hello in a named window").click());
        hello.waitForLoadState();
        assertEquals(siteUrl("/hello/"), hello.url());
        assertEquals("jflet-hello", hello.evaluate("() => window.name"));
        assertEquals(true, hello.evaluate("() => window.opener === null"));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void urlLauncher_javascriptUrl_isRefused_andCanLaunchUrlAllowsOnlySafeSchemes(Build build) {
        Page page = DialogsAndServicesPages.ready(open(build, DialogsAndServicesPages.PATH));
        int pages = page.context().pages().size();
        // The refused call throws in the handler and the app's page.onError shows it; as the app handles it, the
        // console gets no error (the recorded page fails the test on any).

        button(page, "Try a javascript: URL").click();
        assertThat(status(page, "url")).hasText("error: UrlLauncher.launch_url: \"javascript:alert(1)\" is not "
                + "launched; only http, https, mailto, tel and sms URLs are");
        assertEquals(pages, page.context().pages().size(), "no window opened");

        button(page, "Check URLs").click();
        assertThat(status(page, "url")).hasText("https true, mailto true, javascript false, data false");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void browserContextMenu_disabled_cancelsRightClicks_untilEnabled(Build build) {
        Page page = DialogsAndServicesPages.ready(open(build, DialogsAndServicesPages.PATH));
        page.evaluate("() => { window.menus = []; "
                + "window.addEventListener('contextmenu', e => window.menus.push(e.defaultPrevented)); }");
        Locator target = page.getByText("Browser context menu", new Page.GetByTextOptions().setExact(true));
        Locator.ClickOptions right = new Locator.ClickOptions().setButton(MouseButton.RIGHT);

        target.click(right);
        button(page, "Disable context menu").click();
        assertThat(status(page, "menu")).hasText("context menu disabled: true");
        target.click(right);
        button(page, "Enable context menu").click();
        assertThat(status(page, "menu")).hasText("context menu disabled: false");
        target.click(right);

        assertEquals(List.of(false, true, false), page.evaluate("() => window.menus"));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void deviceInfo_reportsTheBrowsersNavigatorFields(Build build) {
        Page page = DialogsAndServicesPages.ready(open(build, DialogsAndServicesPages.PATH));
        String expected = (String) page.evaluate("() => 'browser chrome, cores ' + navigator.hardwareConcurrency"
                + " + ', touch points ' + navigator.maxTouchPoints + ', languages [' + navigator.languages.join(', ')"
                + " + '], vendor ' + navigator.vendor + ', user agent ' + navigator.userAgent");

        button(page, "Get device info").click();
        assertThat(status(page, "device")).hasText(expected);
    }
}
