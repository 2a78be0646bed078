package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The greeter demo (site/…/greeter/Greeter.java): a text field echoed as a greeting while you type. */
class GreeterTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void greeter_typeName_showsGreeting(Build build) {
        Page page = open(build, "/greeter/");

        nameField(page).pressSequentially("Ada");

        assertThat(greeting(page)).hasText("Hello, Ada!");
        assertThat(nameField(page)).hasValue("Ada");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void greeter_clearName_greetingBecomesEmpty(Build build) {
        Page page = open(build, "/greeter/");
        nameField(page).fill("Ada");
        assertThat(greeting(page)).hasText("Hello, Ada!");

        nameField(page).clear();

        assertThat(greeting(page)).hasText("");
        assertThat(page.getByText("Hello,")).hasCount(0);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void greeter_firstPaint_loadsRobotoOnlyAndNoIconFontOrThemeChunk(Build build) {
        Page page = open(build, "/greeter/");
        assertThat(nameField(page)).isVisible();

        BrowserTest.waitUntilTrue(page, "() => document.fonts.check('400 14px Roboto', 'Your name')");
        page.evaluate("() => document.fonts.ready.then(() => true)");

        List<String> requests = recorded().requests();
        assertTrue(requests.stream().anyMatch(url -> url.endsWith("/fonts/roboto-latin-400-normal.woff2")),
                requests.toString());
        assertTrue(requests.stream().noneMatch(url -> url.contains("/fonts/material-symbols-")), requests.toString());
        assertTrue(requests.stream().noneMatch(url -> url.endsWith("/fonts/roboto-latin-700-normal.woff2")),
                requests.toString());
        // An app without a Theme pays nothing for theming: neither theme chunk is requested.
        assertTrue(requests.stream().noneMatch(url -> url.contains("/chunks/theme-apply-")
                || url.contains("/chunks/seed-scheme-")), requests.toString());
    }

    private static Locator nameField(Page page) {
        return page.getByLabel("Your name");
    }

    private static Locator greeting(Page page) {
        return page.locator("[data-key=greeting]");
    }
}
