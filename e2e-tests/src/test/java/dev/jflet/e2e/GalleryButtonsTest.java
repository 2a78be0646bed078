package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.button;
import static dev.jflet.e2e.GalleryPages.status;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gallery's buttons (site/…/gallery/ButtonsSection.java): Button, TextButton, IconButton. */
class GalleryButtonsTest extends BrowserTest {

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
}
