package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

    private static Locator nameField(Page page) {
        return page.getByLabel("Your name");
    }

    private static Locator greeting(Page page) {
        return page.locator("[data-key=greeting]");
    }
}
