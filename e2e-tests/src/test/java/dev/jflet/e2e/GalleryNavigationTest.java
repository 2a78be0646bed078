package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gallery's navigation (site/…/gallery/NavigationSection.java): Tabs, and a NavigationRail. */
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

    @ParameterizedTest
    @EnumSource(Build.class)
    void rail_pickedByClickThenKeyboard_marksTheDestinationAndJavaSwitchesTheContent(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "navigation");
        Locator rail = page.getByRole(AriaRole.NAVIGATION);
        assertThat(rail).isVisible();
        assertThat(destination(page, "Inbox")).hasAttribute("aria-current", "page");
        assertThat(page.locator("[data-key=rail-content]")).hasText("Inbox content");

        destination(page, "Starred").click();
        assertThat(destination(page, "Starred")).hasAttribute("aria-current", "page");
        assertThat(destination(page, "Inbox")).not().hasAttribute("aria-current", "page");
        assertThat(status(page, "navigation")).hasText("rail: Starred (index 1)");
        assertThat(page.locator("[data-key=rail-content]")).hasText("Starred content");

        page.keyboard().press("ArrowDown");
        assertThat(destination(page, "Sent")).isFocused();
        page.keyboard().press("Enter");
        assertThat(destination(page, "Sent")).hasAttribute("aria-current", "page");
        assertThat(status(page, "navigation")).hasText("rail: Sent (index 2)");
        assertThat(page.locator("[data-key=rail-content]")).hasText("Sent content");

        page.keyboard().press("Home");
        assertThat(destination(page, "Inbox")).isFocused();
        page.keyboard().press("Space");
        assertThat(status(page, "navigation")).hasText("rail: Inbox (index 0)");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void rail_destinations_stackAtTheTopBesideTheContent(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "navigation");
        BoundingBox inbox = destination(page, "Inbox").boundingBox();
        BoundingBox starred = destination(page, "Starred").boundingBox();
        BoundingBox content = page.locator("[data-key=rail-content]").boundingBox();

        assertEquals(inbox.x, starred.x, 1, "one column");
        assertTrue(starred.y >= inbox.y + inbox.height, "Starred is below Inbox");
        assertTrue(starred.y - (inbox.y + inbox.height) < 40, "the destinations are packed, not spread out");
        assertTrue(content.x > inbox.x + inbox.width, "the content is right of the rail");
    }

    private static Locator destination(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
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
