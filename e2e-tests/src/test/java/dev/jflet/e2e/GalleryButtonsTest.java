package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.button;
import static dev.jflet.e2e.GalleryPages.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gallery's buttons (site/…/gallery/ButtonsSection.java): Button, TextButton, IconButton and the Material 3
 * variants, with hover, tooltips and the keyboard.
 */
class GalleryButtonsTest extends BrowserTest {
    /** Each variant's accessible name and the Java type it echoes. */
    private static final String[][] VARIANTS = {
        {"Filled", "FilledButton"},
        {"Tonal", "FilledTonalButton"},
        {"Outlined", "OutlinedButton"},
        {"Filled add", "FilledIconButton"},
        {"Tonal edit", "FilledTonalIconButton"},
        {"Outlined delete", "OutlinedIconButton"},
        {"Compose", "FloatingActionButton"},
    };

    @ParameterizedTest
    @EnumSource(Build.class)
    void buttons_eachClicked_javaEchoesTheButton(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "buttons");

        button(page, "Button").click();
        assertThat(status(page, "buttons")).hasText("clicked Button");
        button(page, "Add item").click();
        assertThat(status(page, "buttons")).hasText("clicked Add item");
        button(page, "Text button").click();
        assertThat(status(page, "buttons")).hasText("clicked TextButton");
        button(page, "Favorite").click();
        assertThat(status(page, "buttons")).hasText("clicked IconButton Favorite");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void toggleIconButton_clickedTwice_isPressedThenNot(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "buttons");
        assertThat(button(page, "Star")).hasAttribute("aria-pressed", "false");

        button(page, "Star").click();
        assertThat(status(page, "buttons")).hasText("IconButton Star selected true");
        assertThat(button(page, "Star")).hasAttribute("aria-pressed", "true");

        button(page, "Star").click();
        assertThat(status(page, "buttons")).hasText("IconButton Star selected false");
        assertThat(button(page, "Star")).hasAttribute("aria-pressed", "false");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void buttons_pressedWithTheKeyboard_javaEchoesThem(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "buttons");
        assertThat(button(page, "Disabled")).isDisabled();

        button(page, "Button").focus();
        page.keyboard().press("Enter");
        assertThat(status(page, "buttons")).hasText("clicked Button");
        page.keyboard().press("Tab");
        page.keyboard().press("Space");
        assertThat(status(page, "buttons")).hasText("clicked Add item");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void buttonVariants_eachClicked_javaEchoesItsType(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "buttons");

        for (String[] variant : VARIANTS) {
            button(page, variant[0]).click();
            assertThat(status(page, "buttons")).hasText("clicked " + variant[1]);
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void buttonVariants_lookAsMaterial3Styles(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "buttons");

        assertThat(button(page, "Filled")).not().hasCSS("background-color", "rgba(0, 0, 0, 0)");
        assertThat(button(page, "Outlined")).hasCSS("border-top-width", "1px");
        assertThat(button(page, "Outlined")).hasCSS("background-color", "rgba(0, 0, 0, 0)");
        assertThat(button(page, "Outlined delete")).hasCSS("border-top-width", "1px");
        assertThat(button(page, "Filled add")).not().hasCSS("background-color", "rgba(0, 0, 0, 0)");
        String filled = button(page, "Filled").evaluate("e => getComputedStyle(e).backgroundColor").toString();
        String tonal = button(page, "Tonal").evaluate("e => getComputedStyle(e).backgroundColor").toString();
        assertNotEquals(filled, tonal, "filled and tonal buttons differ in colour");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void outlinedButton_hovered_javaReceivesTheTypedHover(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "buttons");

        button(page, "Outlined").hover();

        assertThat(status(page, "buttons")).hasText("hovering OutlinedButton");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void tooltip_hoveredOrFocused_showsBelowTheButton_andEscapeHidesIt(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "buttons");
        Locator tonal = button(page, "Tonal");
        Locator tip = tonal.locator(".flet-tooltip");
        assertThat(tip).isHidden();
        assertThat(tonal).hasAccessibleDescription("A filled tonal button");

        tonal.hover();
        assertThat(tip).isVisible();
        assertThat(tip).hasText("A filled tonal button");
        BoundingBox b = tonal.boundingBox();
        BoundingBox t = tip.boundingBox();
        assertTrue(t.y >= b.y + b.height, "the tooltip is below its button: " + t.y + " vs " + (b.y + b.height));
        assertEquals(b.x + b.width / 2, t.x + t.width / 2, 2, "and centred on it");

        page.keyboard().press("Escape");
        assertThat(tip).isHidden();

        page.mouse().move(0, 0);
        button(page, "Filled").focus();
        page.keyboard().press("Tab");
        assertThat(tonal).isFocused();
        assertThat(tip).isVisible();
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void perStateStyle_hoveredThenPressed_takesEachStatesBackgroundAndShape(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "buttons");
        Locator styled = button(page, "Per state");
        page.mouse().move(0, 0);
        assertThat(styled).hasCSS("background-color", "rgb(21, 101, 192)");
        assertThat(styled).hasCSS("border-top-left-radius", "4px");
        assertThat(styled).hasCSS("color", "rgb(255, 255, 255)");

        styled.hover();
        assertThat(styled).hasCSS("background-color", "rgb(183, 28, 28)");
        assertThat(styled).hasCSS("border-top-left-radius", "16px");

        page.mouse().down();
        assertThat(styled).hasCSS("background-color", "rgb(27, 94, 32)");
        page.mouse().up();
        assertThat(status(page, "buttons")).hasText("clicked Per state");
        assertThat(styled).hasCSS("background-color", "rgb(183, 28, 28)");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void restyleButton_clicked_showsTheStyleSetAfterMount(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "buttons");
        Locator restyle = button(page, "Restyle");
        assertThat(restyle).hasCSS("background-color", "rgb(106, 27, 154)");

        restyle.click();
        assertThat(status(page, "buttons")).hasText("restyled to look 1");
        assertThat(restyle).hasCSS("background-color", "rgb(230, 81, 0)");
        assertThat(restyle).hasCSS("color", "rgb(0, 0, 0)");
        assertThat(restyle).hasCSS("border-top-left-radius", "9999px");

        restyle.click();
        assertThat(status(page, "buttons")).hasText("restyled to look 0");
        assertThat(restyle).hasCSS("background-color", "rgb(106, 27, 154)");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void outlinedStyle_focused_drawsTheFocusedSide(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "buttons");
        Locator outlined = button(page, "Outline on focus");
        assertThat(outlined).hasCSS("border-top-width", "1px");

        button(page, "Restyle").focus();
        page.keyboard().press("Tab");
        assertThat(outlined).isFocused();
        assertThat(outlined).hasCSS("border-top-width", "3px");
        assertThat(outlined).hasCSS("border-top-color", "rgb(183, 28, 28)");
    }
}
