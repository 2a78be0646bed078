package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.status;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gallery's Tabs (site/…/gallery/NavigationSection.java): a TabBar and a TabBarView. */
class GalleryNavigationTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void tabs_clicked_showTheirPanelAndJavaEchoesThem(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "navigation");
        assertThat(tab(page, "Home")).hasAttribute("aria-selected", "true");
        assertShows(page, "Home");

        tab(page, "Settings").click();

        assertThat(tab(page, "Settings")).hasAttribute("aria-selected", "true");
        assertThat(tab(page, "Home")).hasAttribute("aria-selected", "false");
        assertShows(page, "Settings");
        assertThat(status(page, "navigation")).hasText("tab: Settings");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void tabs_arrowKeys_moveTheSelectionAndFocus(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "navigation");
        tab(page, "Home").focus();

        page.keyboard().press("ArrowRight");
        assertThat(tab(page, "Search")).isFocused();
        assertThat(tab(page, "Search")).hasAttribute("aria-selected", "true");
        assertShows(page, "Search");
        assertThat(status(page, "navigation")).hasText("tab: Search");

        page.keyboard().press("ArrowLeft");
        assertThat(tab(page, "Home")).isFocused();
        assertThat(status(page, "navigation")).hasText("tab: Home");

        page.keyboard().press("End");
        assertShows(page, "Settings");
        assertThat(status(page, "navigation")).hasText("tab: Settings");
    }

    private static Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name));
    }

    /** The tabpanel keeps every tab's control and hides all but the selected one; only that one shows. */
    private static void assertShows(Page page, String tab) {
        Locator panel = page.getByRole(AriaRole.TABPANEL);
        assertThat(panel).hasAttribute("aria-labelledby", tab(page, tab).getAttribute("id"));
        for (String name : new String[] {"Home", "Search", "Settings"}) {
            Locator content = panel.getByText(name + " content", new Locator.GetByTextOptions().setExact(true));
            if (name.equals(tab)) {
                assertThat(content).isVisible();
            } else {
                assertThat(content).isHidden();
            }
        }
    }
}
