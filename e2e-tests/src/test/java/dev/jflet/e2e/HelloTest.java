package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The hello demo (site/…/hello/Hello.java): one text, the start-up benchmark's smallest app. */
class HelloTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void hello_opened_showsTheText(Build build) {
        Page page = open(build, "/hello/");

        assertThat(page.locator("[data-key=hello]")).hasText("Hello, world!");
        assertThat(page).hasTitle("Hello");
    }
}
