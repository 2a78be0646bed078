package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.button;
import static dev.jflet.e2e.GalleryPages.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gallery's theme section (site/…/gallery/ThemeSection.java): seed colours, light/dark/system mode and a
 * Container with a dark theme of its own, checked on the computed colours of a Button (its text is the scheme's
 * primary, its background surfaceContainerLow).
 */
class GalleryThemeTest extends BrowserTest {
    // Tonal-spot primary of the Material 3 baseline seed #6750a4: #65558f light, #cfbdfe dark (test/theme.test.ts).
    private static final String PURPLE_LIGHT_PRIMARY = "rgb(101, 85, 143)";
    private static final String PURPLE_DARK_PRIMARY = "rgb(207, 189, 254)";

    @ParameterizedTest
    @EnumSource(Build.class)
    void seedPicked_buttonTakesTheSchemesPrimary(Build build) {
        Page page = ready(build, ColorScheme.LIGHT);
        String defaultPrimary = token(page.locator(".flet-root"), "--flet-primary");

        button(page, "Seed purple").click();

        assertThat(status(page, "theme")).hasText("theme: seed #6750a4, mode system");
        assertThat(button(page, "Button")).hasCSS("color", PURPLE_LIGHT_PRIMARY);
        assertEquals(rgb(page, token(page.locator(".flet-root"), "--flet-surfacecontainerlow")),
                cssOf(button(page, "Button"), "backgroundColor"));
        assertTrue(recorded().requests().stream().anyMatch(url -> url.contains("/chunks/seed-scheme-")),
                recorded().requests().toString());

        button(page, "Default seed").click();
        assertThat(status(page, "theme")).hasText("theme: seed default, mode system");
        assertThat(button(page, "Button")).hasCSS("color", rgb(page, defaultPrimary));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void darkThemePicked_pageFlipsToTheDarkScheme(Build build) {
        Page page = purple(ready(build, ColorScheme.LIGHT));

        button(page, "Dark theme").click();

        assertThat(status(page, "theme")).hasText("theme: seed #6750a4, mode dark");
        Locator root = page.locator(".flet-root");
        assertThat(root).hasAttribute("data-theme", "dark");
        assertThat(button(page, "Button")).hasCSS("color", PURPLE_DARK_PRIMARY);
        assertTrue(luminance(cssOf(root, "backgroundColor")) < 0.1, cssOf(root, "backgroundColor"));

        button(page, "Light theme").click();
        assertThat(root).hasAttribute("data-theme", "light");
        assertThat(button(page, "Button")).hasCSS("color", PURPLE_LIGHT_PRIMARY);
        assertTrue(luminance(cssOf(root, "backgroundColor")) > 0.8, cssOf(root, "backgroundColor"));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void systemMode_browserColorSchemeChanges_pageFollowsLiveAndJavaHearsIt(Build build) {
        Page page = purple(ready(build, ColorScheme.LIGHT));
        page.evaluate("window.__sameDocument = true");

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));

        assertThat(page.locator(".flet-root")).hasAttribute("data-theme", "dark");
        assertThat(button(page, "Button")).hasCSS("color", PURPLE_DARK_PRIMARY);
        assertThat(status(page, "theme")).hasText("system brightness dark");

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));

        assertThat(button(page, "Button")).hasCSS("color", PURPLE_LIGHT_PRIMARY);
        assertThat(status(page, "theme")).hasText("system brightness light");
        assertEquals(true, page.evaluate("window.__sameDocument === true"), "the page must not reload");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void containerWithDarkThemeMode_isDarkInsideALightPage(Build build) {
        Page page = ready(build, ColorScheme.LIGHT);
        Locator box = page.locator("[data-key=dark-box]");

        assertThat(box).hasAttribute("data-theme", "dark");
        assertThat(page.locator(".flet-root")).hasAttribute("data-theme", "light");
        assertEquals(rgb(page, token(box, "--flet-primary")), cssOf(button(page, "Dark box button"), "color"));
        assertTrue(luminance(cssOf(box, "backgroundColor")) < 0.1, cssOf(box, "backgroundColor"));
        assertNotEquals(token(page.locator(".flet-root"), "--flet-primary"), token(box, "--flet-primary"));
    }

    /** Opens the gallery with the browser in {@code scheme}; ready once Java has echoed the boot brightness. */
    private Page ready(Build build, ColorScheme scheme) {
        Page page = open(build, GalleryPages.PATH);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
        assertThat(status(page, "theme")).hasText("system brightness " + scheme.name().toLowerCase());
        return page;
    }

    /** Picks the purple seed and waits until the Button shows its light primary. */
    private static Page purple(Page page) {
        button(page, "Seed purple").click();
        assertThat(button(page, "Button")).hasCSS("color", PURPLE_LIGHT_PRIMARY);
        return page;
    }

    /** A custom property as the element resolves it, e.g. {@code "#65558f"}. */
    private static String token(Locator element, String property) {
        return ((String) element.evaluate("(el, p) => getComputedStyle(el).getPropertyValue(p)", property)).trim();
    }

    private static String cssOf(Locator element, String property) {
        return (String) element.evaluate("(el, p) => getComputedStyle(el)[p]", property);
    }

    /** A CSS colour as the browser computes it ("rgb(r, g, b)"). */
    private static String rgb(Page page, String cssColor) {
        return (String) page.evaluate("c => { const d = document.createElement('div'); d.style.color = c;"
                + " document.body.append(d); const v = getComputedStyle(d).color; d.remove(); return v; }", cssColor);
    }

    /** Relative luminance-ish brightness of "rgb(r, g, b)", 0 (black) to 1 (white). */
    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
        return (0.2126 * Integer.parseInt(parts[0]) + 0.7152 * Integer.parseInt(parts[1])
                + 0.0722 * Integer.parseInt(parts[2])) / 255;
    }
}
