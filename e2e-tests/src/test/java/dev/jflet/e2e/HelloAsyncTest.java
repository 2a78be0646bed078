package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The async demo (site/…/helloasync/HelloAsync.java): a handler that sleeps one second, then adds "Hello!". */
class HelloAsyncTest extends BrowserTest {
    private static final double SLEEP_MS = 1000;
    private static final double CLOCK_SLACK_MS = 100;
    private static final double STILL_WAITING_AT_MS = 400;

    /** Records, in page time, the first click and the first moment "Hello!" is in the document. */
    private static final String TIMER = """
            () => {
              window.jfletTest = {};
              document.addEventListener('click', () => { window.jfletTest.clickAt ??= performance.now(); }, true);
              new MutationObserver((records, observer) => {
                if (document.body.textContent.includes('Hello!')) {
                  window.jfletTest.helloAt = performance.now();
                  observer.disconnect();
                }
              }).observe(document.body, {childList: true, subtree: true, characterData: true});
            }
            """;

    @ParameterizedTest
    @EnumSource(Build.class)
    void sayHello_clicked_helloAppearsAfterTheSleep(Build build) {
        Page page = open(build, "/hello-async/");
        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Say hello with delay"));
        assertThat(button).isVisible();
        page.evaluate(TIMER);

        button.click();
        page.waitForTimeout(STILL_WAITING_AT_MS);
        assertEquals(0, hello(page).count(), "\"Hello!\" must not appear before the handler's sleep ends");

        assertThat(hello(page)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(3000));
        double elapsed = ((Number) page.evaluate("() => window.jfletTest.helloAt - window.jfletTest.clickAt"))
                .doubleValue();
        assertTrue(elapsed >= SLEEP_MS - CLOCK_SLACK_MS, "click to \"Hello!\" took " + elapsed + " ms");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void sayHello_clickedTwice_saysHelloTwice(Build build) {
        Page page = open(build, "/hello-async/");
        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Say hello with delay"));

        button.click();
        button.click();

        assertThat(hello(page)).hasCount(2);
    }

    private static Locator hello(Page page) {
        return page.getByText("Hello!", new Page.GetByTextOptions().setExact(true));
    }
}
