package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.button;
import static dev.jflet.e2e.GalleryPages.status;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gallery's dialogs (site/…/gallery/DialogsSection.java): AlertDialog, SnackBar, Banner. */
class GalleryDialogsTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void alertDialog_closedWithItsAction_javaEchoesTheDismissal(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "dialogs");

        button(page, "Open dialog").click();
        assertThat(dialog(page)).isVisible();
        assertThat(dialog(page)).containsText("An AlertDialog.");
        assertThat(status(page, "dialogs")).hasText("dialog opened");

        dialog(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        assertThat(dialog(page)).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("dialog dismissed");
        assertThat(button(page, "Open dialog")).isFocused();
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void alertDialog_escapeThenReopened_dismissesAndOpensAgain(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "dialogs");

        button(page, "Open dialog").click();
        assertThat(dialog(page)).isVisible();
        page.keyboard().press("Escape");
        assertThat(dialog(page)).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("dialog dismissed");

        button(page, "Open dialog").click();
        assertThat(dialog(page)).isVisible();
        assertThat(status(page, "dialogs")).hasText("dialog opened");
        page.keyboard().press("Escape");
        assertThat(status(page, "dialogs")).hasText("dialog dismissed");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void snackBar_closeIconThenAction_eachDismissesIt(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "dialogs");

        button(page, "Show snack bar").click();
        assertThat(snackBar(page)).isVisible();
        assertThat(status(page, "dialogs")).hasText("snack bar opened");
        snackBar(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        assertThat(snackBar(page)).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("snack bar dismissed");

        button(page, "Show snack bar").click();
        assertThat(snackBar(page)).isVisible();
        snackBar(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo")).click();
        assertThat(snackBar(page)).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("snack bar dismissed");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void banner_dismissedWithItsAction_javaEchoesTheDismissal(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "dialogs");

        button(page, "Show banner").click();
        assertThat(banner(page)).isVisible();
        assertThat(status(page, "dialogs")).hasText("banner opened");

        banner(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dismiss banner")).click();
        assertThat(banner(page)).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("banner dismissed");
    }

    private static Locator dialog(Page page) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Hello from Java"));
    }

    private static Locator snackBar(Page page) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Saved to the gallery"));
    }

    private static Locator banner(Page page) {
        return page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("A Banner across the top."));
    }
}
