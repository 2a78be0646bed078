package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.button;
import static dev.jflet.e2e.GalleryPages.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gallery's dialogs (site/…/gallery/DialogsSection.java): AlertDialog, SnackBar, Banner, BottomSheet. */
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

    @ParameterizedTest
    @EnumSource(Build.class)
    void bottomSheet_closedWithItsButton_takesFocusInAndBack(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "dialogs");

        button(page, "Open bottom sheet").click();
        assertThat(sheet(page)).isVisible();
        assertThat(sheet(page)).hasAttribute("aria-modal", "true");
        assertThat(sheet(page)).containsText("A BottomSheet with an action.");
        assertThat(status(page, "dialogs")).hasText("sheet opened");
        assertTrue((Boolean) sheet(page).evaluate("e => e.contains(document.activeElement)"), "focus moved in");
        Locator sheetSurface = sheet(page).locator(".flet-sheet-surface");
        // The sheet slides in (0.25 s): where it sits is measured once that is over.
        sheetSurface.evaluate("e => Promise.all(e.getAnimations().map(a => a.finished))");
        BoundingBox surface = sheetSurface.boundingBox();
        double viewport = page.viewportSize().height;
        assertEquals(viewport, surface.y + surface.height, 1, "the sheet sits at the bottom of the page");

        sheet(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close sheet")).click();
        assertThat(sheet(page)).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("sheet dismissed");
        assertThat(button(page, "Open bottom sheet")).isFocused();
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void bottomSheet_escapeThenBarrier_eachDismissesIt(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "dialogs");

        button(page, "Open bottom sheet").click();
        assertThat(sheet(page)).isVisible();
        page.keyboard().press("Escape");
        assertThat(sheet(page)).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("sheet dismissed");

        button(page, "Open bottom sheet").click();
        assertThat(sheet(page)).isVisible();
        assertThat(status(page, "dialogs")).hasText("sheet opened");
        page.mouse().click(20, 20);
        assertThat(sheet(page)).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("sheet dismissed");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void bottomSheet_draggedDown_slidesBackOrPastHalfItsHeightIsDismissed(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "dialogs");
        button(page, "Open bottom sheet").click();
        assertThat(status(page, "dialogs")).hasText("sheet opened");
        Locator surface = sheet(page).locator(".flet-sheet-surface");
        page.waitForTimeout(400); // the slide-in animation
        BoundingBox at = surface.boundingBox();

        // A short drag, held before release (no fling): the sheet follows, then slides back.
        dragFrom(page, at, at.height / 4, false);
        Boxes.eventually(page, () -> Math.abs(surface.boundingBox().y - at.y) <= 1 ? null
                : "the sheet should slide back to " + at.y + ", is at " + surface.boundingBox().y);
        assertThat(sheet(page)).isVisible();
        assertThat(status(page, "dialogs")).hasText("sheet opened");

        // Past half its height: dismissed, and Java hears on_dismiss.
        dragFrom(page, at, at.height * 0.6, true);
        assertThat(sheet(page)).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("sheet dismissed");
    }

    /** Drags the sheet's handle area down by {@code dy} with the mouse; {@code release} at once or after a pause. */
    private static void dragFrom(Page page, BoundingBox sheet, double dy, boolean release) {
        double x = sheet.x + sheet.width / 2;
        double y = sheet.y + 12;
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x, y + dy / 2, new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(x, y + dy, new Mouse.MoveOptions().setSteps(5));
        if (!release) {
            assertEquals(sheet.y + dy, page.locator("dialog .flet-sheet-surface").boundingBox().y, 1.5,
                    "the sheet follows the pointer");
            page.waitForTimeout(200);
        }
        page.mouse().up();
    }

    private static Locator sheet(Page page) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Bottom Sheet"));
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
