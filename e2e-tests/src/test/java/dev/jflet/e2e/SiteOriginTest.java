package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The published site is self-contained: nothing is fetched from a host other than the one serving it. */
class SiteOriginTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void everyPage_usedLikeAUser_requestsOnlyItsOwnOrigin(Build build) {
        Page page = open(build, "/");
        assertThat(page.frameLocator("iframe").locator("[data-key=counter]")).hasText("0");

        page.navigate(siteUrl("/counter/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("add").setExact(true)).click();
        assertThat(page.locator("[data-key=counter]")).hasText("1");

        page.navigate(siteUrl("/greeter/"));
        page.getByLabel("Your name").fill("Ada");
        assertThat(page.locator("[data-key=greeting]")).hasText("Hello, Ada!");

        page.navigate(siteUrl("/hello-async/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Say hello with delay")).click();
        assertThat(page.getByText("Hello!", new Page.GetByTextOptions().setExact(true))).isVisible();

        List<String> requests = recorded().requests();
        assertTrue(requests.size() > 4, "expected the pages' files among the requests: " + requests);
        assertEquals(List.of(), recorded().foreignRequests());
    }
}
