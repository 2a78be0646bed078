package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

    private static Locator count(Page page) {
        return page.locator("[data-key=counter]");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
