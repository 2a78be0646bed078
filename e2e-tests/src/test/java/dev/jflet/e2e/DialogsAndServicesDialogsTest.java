package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.DialogsAndServicesPages.button;
import static dev.jflet.e2e.DialogsAndServicesPages.dialog;
import static dev.jflet.e2e.DialogsAndServicesPages.focusInside;
import static dev.jflet.e2e.DialogsAndServicesPages.focused;
import static dev.jflet.e2e.DialogsAndServicesPages.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Dialogs of the dialogs and services app (site/…/services) with the mouse and the keyboard: focus stays inside a
 * modal dialog and returns to its opener, Escape and the barrier dismiss all but a modal AlertDialog, and overlay
 * children sit where left/top/right/bottom put them.
 */
class DialogsAndServicesDialogsTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void modalDialog_tabCyclesInside_escapeAndBarrierIgnored_closedByItsAction(Build build) {
        Page page = DialogsAndServicesPages.ready(open(build, DialogsAndServicesPages.PATH));
        button(page, "Open modal dialog").click();
        Locator modal = dialog(page, "Delete the draft?");
        assertThat(modal).isVisible();
        assertThat(status(page, "dialogs")).hasText("modal dialog opened");
        assertTrue(focusInside(modal), "focus moved into the dialog");

        List<String> forward = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            page.keyboard().press("Tab");
            assertTrue(focusInside(modal), "Tab keeps focus inside, press " + i);
            forward.add(focused(page));
        }
        assertEquals(List.of("Cancel", "Delete"), forward.subList(1, 3), "the actions follow the field: " + forward);
        assertEquals(forward.get(0), forward.get(3), "Tab from the last control wraps to the first: " + forward);
        page.keyboard().press("Shift+Tab");
        assertEquals("Delete", focused(page), "Shift+Tab from the first control wraps to the last");

        page.keyboard().press("Escape");
        page.mouse().click(5, 5);
        page.waitForTimeout(400);
        assertThat(modal).isVisible();
        assertThat(status(page, "dialogs")).hasText("modal dialog opened");

        modal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(modal).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("modal dialog dismissed");
        assertThat(button(page, "Open modal dialog")).isFocused();
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void dialog_openedWithEnter_escapeDismisses_focusReturns_thenBarrierClickDismisses(Build build) {
        Page page = DialogsAndServicesPages.ready(open(build, DialogsAndServicesPages.PATH));
        Locator opener = button(page, "Open dialog");
        opener.focus();
        page.keyboard().press("Enter");
        Locator about = dialog(page, "About");
        assertThat(about).isVisible();
        page.keyboard().press("Tab");
        assertEquals("Close", focused(page));
        page.keyboard().press("Tab");
        assertEquals("Close", focused(page), "the only control keeps focus");

        page.keyboard().press("Escape");
        assertThat(about).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("dialog dismissed");
        assertThat(opener).isFocused();

        page.keyboard().press("Space");
        assertThat(about).isVisible();
        assertThat(status(page, "dialogs")).hasText("dialog opened");
        page.mouse().click(5, 5);
        assertThat(about).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("dialog dismissed");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void bottomSheet_byKeyboard_tabStaysInside_escapeCloses_focusReturns(Build build) {
        Page page = DialogsAndServicesPages.ready(open(build, DialogsAndServicesPages.PATH));
        Locator opener = button(page, "Open bottom sheet");
        opener.focus();
        page.keyboard().press("Enter");
        Locator sheet = dialog(page, "Bottom Sheet");
        assertThat(sheet).isVisible();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            page.keyboard().press("Tab");
            assertTrue(focusInside(sheet));
            seen.add(focused(page));
        }
        assertEquals(List.of("Copy link", "Email", "Copy link"), seen);

        page.keyboard().press("Escape");
        assertThat(sheet).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("sheet dismissed");
        assertThat(opener).isFocused();
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void snackBar_actionThenTimeout_eachDismissesIt(Build build) {
        Page page = DialogsAndServicesPages.ready(open(build, DialogsAndServicesPages.PATH));
        Locator snack = page.getByRole(AriaRole.STATUS)
                .filter(new Locator.FilterOptions().setHasText("Draft archived"));

        button(page, "Show snack bar").click();
        assertThat(snack).isVisible();
        snack.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo")).click();
        assertThat(status(page, "dialogs")).hasText("undo pressed, snack bar dismissed");
        assertThat(snack).hasCount(0);

        button(page, "Show snack bar").click();
        assertThat(snack).isVisible();
        assertThat(status(page, "dialogs")).hasText("snack bar opened");
        // Its duration is 1.5 s: it goes by itself.
        assertThat(status(page, "dialogs")).hasText("snack bar opened, snack bar dismissed");
        assertThat(snack).hasCount(0);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void banner_escapeLeavesIt_asFlutter_itsActionByKeyboardCloses(Build build) {
        Page page = DialogsAndServicesPages.ready(open(build, DialogsAndServicesPages.PATH));
        Locator banner = page.getByRole(AriaRole.ALERT)
                .filter(new Locator.FilterOptions().setHasText("You are offline."));
        button(page, "Show banner").click();
        assertThat(banner).isVisible();

        page.keyboard().press("Escape");
        page.waitForTimeout(400);
        assertThat(banner).isVisible();
        assertThat(status(page, "dialogs")).hasText("banner opened");

        Locator close = banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close banner"));
        close.focus();
        page.keyboard().press("Enter");
        assertThat(banner).hasCount(0);
        assertThat(status(page, "dialogs")).hasText("banner dismissed");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void overlay_childrenSitAtTheirOffsetsFromTheViewport_andGoWhenRemoved(Build build) {
        Page page = DialogsAndServicesPages.ready(open(build, DialogsAndServicesPages.PATH));
        button(page, "Toggle overlay").click();
        assertThat(status(page, "overlay")).hasText("overlay shown");
        Boxes boxes = new Boxes(page);
        double width = ((Number) page.evaluate("() => document.documentElement.clientWidth")).doubleValue();
        double height = ((Number) page.evaluate("() => document.documentElement.clientHeight")).doubleValue();

        BoundingBox corner = boxes.of("overlay-corner");
        assertEquals(140, corner.width, Boxes.TOLERANCE);
        assertEquals(40, corner.height, Boxes.TOLERANCE);
        assertEquals(width - 16, corner.x + corner.width, Boxes.TOLERANCE, "right: 16");
        assertEquals(height - 24, corner.y + corner.height, Boxes.TOLERANCE, "bottom: 24");
        BoundingBox pinned = boxes.of("overlay-pinned");
        assertEquals(24, pinned.x, Boxes.TOLERANCE, "left: 24");
        assertEquals(8, pinned.y, Boxes.TOLERANCE, "top: 8");

        // The overlay is over the page, not part of its flow: scrolling leaves it in place.
        page.mouse().wheel(0, 400);
        page.waitForTimeout(200);
        assertEquals(8, boxes.of("overlay-pinned").y, Boxes.TOLERANCE);

        button(page, "Toggle overlay").click();
        assertThat(status(page, "overlay")).hasText("overlay hidden");
        assertThat(page.locator("[data-key=overlay-corner]")).hasCount(0);
    }
}
