package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The counter demo (site/…/counter/Counter.java): a number and two icon buttons, − and +. */
class CounterTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void counter_opened_showsZero(Build build) {
        Page page = open(build, "/counter/");

        assertThat(count(page)).hasText("0");
        assertThat(button(page, "add")).isVisible();
        assertThat(button(page, "remove")).isVisible();
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void counter_plusThreeTimesMinusOnce_showsTwo(Build build) {
        Page page = open(build, "/counter/");
        assertThat(count(page)).hasText("0");

        for (int i = 0; i < 3; i++) {
            button(page, "add").click();
        }
        button(page, "remove").click();

        assertThat(count(page)).hasText("2");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void counter_minusFromZero_showsMinusOne(Build build) {
        Page page = open(build, "/counter/");
        assertThat(count(page)).hasText("0");

        button(page, "remove").click();

        assertThat(count(page)).hasText("-1");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void counter_iconsShown_loadOnlyTheOutlinedIconFont(Build build) {
        Page page = open(build, "/counter/");
        assertThat(button(page, "add")).isVisible();

        BrowserTest.waitUntilTrue(page, "() => document.fonts.check('24px \"Material Symbols Outlined\"', 'add')");
        page.evaluate("() => document.fonts.ready.then(() => true)");

        List<String> fonts = recorded().requests().stream().filter(url -> url.contains("/fonts/")).toList();
        assertTrue(fonts.stream().anyMatch(url -> url.endsWith("/fonts/material-symbols-outlined.woff2")),
                fonts.toString());
        assertTrue(fonts.stream().noneMatch(url -> url.contains("symbols-rounded") || url.contains("symbols-sharp")),
                fonts.toString());
    }

    private static Locator count(Page page) {
        return page.locator("[data-key=counter]");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
