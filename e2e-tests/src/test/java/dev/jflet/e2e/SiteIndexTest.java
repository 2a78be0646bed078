package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo site's index page (site/src/main/webroot/index.html): lists the apps and runs the counter live. */
class SiteIndexTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void index_opened_listsTheDemoApps(Build build) {
        Page page = open(build, "/");

        Locator apps = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Demo apps"));
        assertThat(link(apps, "Counter")).hasAttribute("href", "counter/");
        assertThat(link(apps, "Greeter")).hasAttribute("href", "greeter/");
        assertThat(link(apps, "Hello async")).hasAttribute("href", "hello-async/");
        assertThat(link(apps, "Controls gallery")).hasAttribute("href", "gallery/");
        assertThat(link(apps, "Layout lab")).hasAttribute("href", "layoutlab/");
        assertThat(link(apps, "Store")).hasAttribute("href", "store/");
        assertThat(link(apps, "Dialogs and services")).hasAttribute("href", "services/");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void index_liveDemo_runsTheCounter(Build build) {
        Page page = open(build, "/");
        FrameLocator demo = page.frameLocator("iframe[title='Counter demo']");

        assertThat(demo.locator("[data-key=counter]")).hasText("0");
        demo.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("add").setExact(true)).click();

        assertThat(demo.locator("[data-key=counter]")).hasText("1");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void index_followGreeterLink_opensGreeter(Build build) {
        Page page = open(build, "/");

        link(page.locator("nav"), "Greeter").click();

        assertThat(page).hasURL(siteUrl("/greeter/"));
        assertThat(page.getByLabel("Your name")).isVisible();
    }

    private static Locator link(Locator scope, String name) {
        return scope.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
