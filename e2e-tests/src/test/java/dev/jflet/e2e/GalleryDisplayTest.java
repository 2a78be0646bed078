package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.button;
import static dev.jflet.e2e.GalleryPages.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gallery's display controls (site/…/gallery/DisplaySection.java). */
class GalleryDisplayTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void display_opened_showsStyledTextIconImageAndProgress(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "display");

        assertThat(text(page, "Bold")).hasCSS("font-weight", "700");
        assertThat(text(page, "Italic")).hasCSS("font-style", "italic");
        assertThat(text(page, "Large")).hasCSS("font-size", "24px");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Star icon"))).isVisible();
        Locator image = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Blue square"));
        assertThat(image).isVisible();
        assertThat(image).hasJSProperty("naturalWidth", 48);
        assertThat(page.locator("[data-key=bar]")).hasAttribute("aria-valuenow", "40");
        Locator ring = page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Ring at 70%"));
        assertThat(ring).hasAttribute("aria-valuenow", "70");
        Locator busy = page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Busy ring"));
        assertThat(busy).not().hasAttribute("aria-valuenow", Pattern.compile(".*"));
        assertThat(page.locator("strong", new Page.LocatorOptions().setHasText("bold"))).isVisible();
        // A badge's text is part of its button's name, as it is part of what the button shows.
        assertThat(button(page, "Mail 3")).containsText("3");
        assertThat(button(page, "Notifications 12")).containsText("12");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void namedColours_fromThePalette_showAsSoonAsTheControlsDo(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "display");

        // The palette's stylesheet loads with the first message that names one of its colours: green800, amber.
        assertEquals(1, recorded().requests().stream()
                .filter(url -> url.matches(".*/gallery/chunks/palette-[0-9a-f]{8}\\.css")).count(),
                recorded().requests().toString());
        assertThat(button(page, "Notifications 12").locator(".flet-badge")).hasCSS("background-color",
                "rgb(46, 125, 50)");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Star icon")))
                .hasCSS("color", "rgb(255, 193, 7)");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void markdownLink_clicked_javaEchoesTheHrefAndTheAppStays(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "display");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("a link")).click();

        assertThat(status(page, "display")).hasText("link: https://flet.dev");
        assertThat(page).hasURL(siteUrl(GalleryPages.PATH));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void listTileInCard_clicked_javaEchoesIt(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "display");

        page.getByText("Card title", new Page.GetByTextOptions().setExact(true)).click();

        assertThat(status(page, "display")).hasText("clicked ListTile");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void chips_selectedAndDeleted_javaEchoesThem(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "display");
        Locator filter = button(page, "Filter chip");

        filter.click();
        assertThat(filter).hasAttribute("aria-pressed", "true");
        assertThat(status(page, "display")).hasText("chip selected: true");
        filter.click();
        assertThat(filter).hasAttribute("aria-pressed", "false");
        assertThat(status(page, "display")).hasText("chip selected: false");

        button(page, "Remove").click();
        assertThat(status(page, "display")).hasText("chip deleted");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void dividers_areSeparatorsAcrossAndAlongTheirParent(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "display");
        Locator divider = page.locator("[data-key=divider]");
        Locator vertical = page.locator("[data-key=vertical-divider]");
        assertThat(divider).hasAttribute("role", "separator");
        assertThat(vertical).hasAttribute("role", "separator");
        assertThat(vertical).hasAttribute("aria-orientation", "vertical");

        BoundingBox across = divider.boundingBox();
        assertEquals(16, across.height, 0.5, "a Divider takes 16px by default");
        assertTrue(across.width > 300, "and spans its column: " + across.width);
        BoundingBox along = vertical.boundingBox();
        assertEquals(24, along.width, 0.5);
        assertEquals(40, along.height, 0.5, "a VerticalDivider fills its Row's height");
    }

    private static Locator text(Page page, String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true));
    }
}
