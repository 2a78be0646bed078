package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.button;
import static dev.jflet.e2e.GalleryPages.status;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gallery with the keyboard alone, as the WAI-ARIA Authoring Practices describe each pattern: Tab visits every
 * control in document order and shows where focus is; Enter and Space press buttons, Space toggles checkboxes and
 * switches; arrow keys move radio, slider and tab selections. Each step is checked in the Java side's echo.
 */
class GalleryKeyboardTest extends BrowserTest {
    private static final String TAB_STOPS = resource("tab-stops.js");

    @ParameterizedTest
    @EnumSource(Build.class)
    void tab_throughTheGallery_visitsEveryControlInDomOrderWithAVisibleRing(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "buttons");
        // The Markdown's link comes with a lazily loaded chunk: the stops are read once it is there.
        assertThat(page.locator("a[href=\"https://flet.dev\"]")).isVisible();
        List<?> stops = (List<?>) page.evaluate(TAB_STOPS);
        assertTrue(stops.size() > 20, "expected the gallery's controls as tab stops: " + stops);

        List<String> problems = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            Map<?, ?> expected = (Map<?, ?>) stops.get(i);
            page.keyboard().press("Tab");
            Map<?, ?> focused = (Map<?, ?>) page.evaluate("() => { const el = document.activeElement;"
                    + " return { stop: el.dataset.tabStop ?? null, what: el.outerHTML.slice(0, 120),"
                    + " ring: window.jfletFocusStyles(el) }; }");
            if (!String.valueOf(i).equals(focused.get("stop"))) {
                fail("Tab #" + (i + 1) + " should reach " + expected.get("describe") + " but reached "
                        + focused.get("what") + "\n  all stops: " + stops);
            }
            if (!showsFocus((Map<?, ?>) expected.get("ring"), (Map<?, ?>) focused.get("ring"))) {
                problems.add(expected.get("describe") + ": at rest " + expected.get("ring") + ", focused "
                        + focused.get("ring"));
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " control(s) show no focus ring:\n  " + String.join("\n  ", problems));
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void buttons_enterAndSpace_pressThemAndJavaEchoes(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "buttons");

        press(button(page, "Button"), "Enter");
        assertThat(status(page, "buttons")).hasText("clicked Button");
        press(button(page, "Text button"), "Space");
        assertThat(status(page, "buttons")).hasText("clicked TextButton");
        press(button(page, "Star"), "Enter");
        assertThat(status(page, "buttons")).hasText("IconButton Star selected true");
        assertThat(button(page, "Star")).hasAttribute("aria-pressed", "true");
        page.keyboard().press("Space");
        assertThat(status(page, "buttons")).hasText("IconButton Star selected false");
        assertThat(button(page, "Star")).hasAttribute("aria-pressed", "false");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void clickableContainerTileChipAndHeader_enterAndSpace_pressThem(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "layout");

        press(page.locator("[data-key=clickable-container]"), "Space");
        assertThat(status(page, "layout")).hasText("clicked Container");
        press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Card title")), "Enter");
        assertThat(status(page, "display")).hasText("clicked ListTile");
        Locator chip = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter chip"));
        press(chip, "Enter");
        assertThat(status(page, "display")).hasText("chip selected: true");
        page.keyboard().press("Space");
        assertThat(status(page, "display")).hasText("chip selected: false");
        Locator age = page.locator("[data-key=people]").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Age"));
        press(age, "Space");
        assertThat(status(page, "data")).hasText("sorted by Age asc");
        page.keyboard().press("Enter");
        assertThat(status(page, "data")).hasText("sorted by Age desc");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void checkboxAndSwitch_space_togglesThem(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "inputs");
        Locator checkbox = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Subscribe"));
        Locator toggle = page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Dark mode"));

        press(checkbox, "Space");
        assertThat(checkbox).isChecked();
        assertThat(status(page, "inputs")).hasText("checkbox: true");
        page.keyboard().press("Space");
        assertThat(checkbox).not().isChecked();
        assertThat(status(page, "inputs")).hasText("checkbox: false");
        page.keyboard().press("Tab");
        assertThat(toggle).isFocused();
        page.keyboard().press("Space");
        assertThat(toggle).isChecked();
        assertThat(status(page, "inputs")).hasText("switch: true");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void radios_arrowKeys_moveTheSelectionAndWrapAround(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "inputs");
        radio(page, "Red").focus();

        String[][] steps = {{"ArrowDown", "Green"}, {"ArrowRight", "Blue"}, {"ArrowRight", "Red"},
            {"ArrowUp", "Blue"}, {"ArrowLeft", "Green"}};
        for (String[] step : steps) {
            page.keyboard().press(step[0]);
            assertThat(radio(page, step[1])).isChecked();
            assertThat(radio(page, step[1])).isFocused();
            assertThat(status(page, "inputs")).hasText("radio: " + step[1].toLowerCase());
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void slider_arrowPageHomeEndKeys_stepTheValue(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "inputs");
        Locator slider = page.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName("Volume"));
        slider.focus();

        String[][] steps = {{"ArrowUp", "6"}, {"ArrowLeft", "5"}, {"ArrowDown", "4"}, {"End", "10"},
            {"PageDown", "9"}, {"Home", "0"}, {"PageUp", "1"}};
        for (String[] step : steps) {
            page.keyboard().press(step[0]);
            assertThat(slider).hasValue(step[1]);
            assertThat(status(page, "inputs")).hasText("slider: " + step[1]);
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void tabs_arrowHomeEndKeys_selectAndWrapAround(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "navigation");
        tab(page, "Home").focus();

        String[][] steps = {{"ArrowLeft", "Settings"}, {"ArrowRight", "Home"}, {"End", "Settings"},
            {"Home", "Home"}, {"ArrowRight", "Search"}};
        for (String[] step : steps) {
            page.keyboard().press(step[0]);
            assertThat(tab(page, step[1])).isFocused();
            assertThat(tab(page, step[1])).hasAttribute("aria-selected", "true");
            assertThat(status(page, "navigation")).hasText("tab: " + step[1]);
        }
    }

    private static void press(Locator control, String key) {
        control.focus();
        control.page().keyboard().press(key);
    }

    private static Locator radio(Page page, String name) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name));
    }

    /** A focus ring: an outline of at least 2px (or the browser's own "auto" ring), or a changed border or shadow. */
    private static boolean showsFocus(Map<?, ?> rest, Map<?, ?> focused) {
        String[] outline = String.valueOf(focused.get("outline")).split(" ", 3);
        boolean outlined = outline[0].equals("auto")
                || !outline[0].equals("none") && Double.parseDouble(outline[1].replace("px", "")) >= 2;
        return outlined || !rest.get("border").equals(focused.get("border"))
                || !rest.get("shadow").equals(focused.get("shadow"));
    }

    private static String resource(String name) {
        try (InputStream in = GalleryKeyboardTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
