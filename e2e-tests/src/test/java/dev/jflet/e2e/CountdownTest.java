package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The countdown demo (site/…/countdown/): two custom {@code Countdown} controls, from 2:00 and 1:00, each ticking in
 * its own task; "Remove the first" removes one, and its {@code willUnmount} must stop its task.
 */
class CountdownTest extends BrowserTest {
    private static final Pattern MM_SS = Pattern.compile("^\\d\\d:\\d\\d$");
    private static final double WAIT_MS = 2000;

    @ParameterizedTest
    @EnumSource(Build.class)
    void countdowns_opened_tickTogetherSixtySecondsApart(Build build) {
        Page page = open(build, "/countdown/");
        assertThat(first(page)).hasText(Pattern.compile("^01:5\\d$"));
        assertThat(second(page)).hasText(Pattern.compile("^00:5\\d$"));

        int[] before = bothSixtyApart(page);
        page.waitForTimeout(WAIT_MS);
        int[] after = bothSixtyApart(page);

        int ticked = before[0] - after[0];
        assertTrue(ticked >= 1 && ticked <= 3, "in " + WAIT_MS + " ms the countdowns went from "
                + before[0] + " s to " + after[0] + " s");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void removeTheFirst_clicked_firstGoesSecondKeepsTicking(Build build) {
        Page page = open(build, "/countdown/");
        assertThat(first(page)).hasText(Pattern.compile("^01:5\\d$"));

        button(page).click();

        assertThat(first(page)).hasCount(0);
        assertThat(button(page)).isDisabled();
        int removedAt = seconds(second(page).textContent());
        page.waitForTimeout(WAIT_MS);
        // Had the removed countdown's task kept going, its update() would have failed: a console error and a banner.
        assertEquals(List.of(), recorded().problems());
        assertThat(page.locator("[data-key=jflet-error]")).hasCount(0);
        assertThat(page.getByText(MM_SS)).hasCount(1);
        int later = seconds(second(page).textContent());
        assertTrue(later < removedAt, "the second countdown stopped at " + removedAt + " s");
    }

    /** Both countdowns' seconds, read at one moment when they are 60 s apart (they tick a few ms apart). */
    private static int[] bothSixtyApart(Page page) {
        Object pair = page.waitForFunction("""
                () => {
                  const secs = (key) => {
                    const [m, s] = document.querySelector(`[data-key=${key}]`).textContent.split(':');
                    return Number(m) * 60 + Number(s);
                  };
                  const first = secs('first');
                  const second = secs('second');
                  return first - second === 60 ? [first, second] : null;
                }
                """).jsonValue();
        List<?> values = (List<?>) pair;
        return new int[] {((Number) values.get(0)).intValue(), ((Number) values.get(1)).intValue()};
    }

    private static int seconds(String mmss) {
        assertTrue(MM_SS.matcher(mmss).matches(), "not a countdown: " + mmss);
        return Integer.parseInt(mmss.substring(0, 2)) * 60 + Integer.parseInt(mmss.substring(3));
    }

    private static Locator first(Page page) {
        return page.locator("[data-key=first]");
    }

    private static Locator second(Page page) {
        return page.locator("[data-key=second]");
    }

    private static Locator button(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove the first").setExact(true));
    }
}
