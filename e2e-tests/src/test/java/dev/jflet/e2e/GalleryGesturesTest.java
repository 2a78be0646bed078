package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.MouseButton;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gallery's gestures (site/…/gallery/GesturesSection.java): the typed event data Java receives for taps, long
 * presses, right clicks, hovers and drags, read back from the status line.
 */
class GalleryGesturesTest extends BrowserTest {
    /** Local positions are whole pixels in the status line; the pointer may sit on a fractional pixel. */
    private static final double TOLERANCE = 1.5;

    @ParameterizedTest
    @EnumSource(Build.class)
    void tap_atAPosition_javaGetsTheLocalPositionAndTheMouse(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "gestures");
        Locator pad = page.locator("[data-key=tap-pad]");

        pad.click(new Locator.ClickOptions().setPosition(30, 20));
        assertPosition(page, "tap at \\((\\d+), (\\d+)\\) mouse", 30, 20);

        pad.dblclick(new Locator.DblclickOptions().setPosition(50, 50));
        assertThat(status(page, "gestures")).hasText("double tap");

        pad.click(new Locator.ClickOptions().setButton(MouseButton.RIGHT).setPosition(100, 40));
        assertPosition(page, "secondary tap at \\((\\d+), (\\d+)\\)", 100, 40);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void tapPad_isAButtonForTheKeyboard_tappedAtItsCentre(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "gestures");
        Locator pad = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Tap, double-tap, long-press or right-click me"));

        pad.focus();
        page.keyboard().press("Enter");
        assertPosition(page, "tap at \\((\\d+), (\\d+)\\) unknown", 140, 40);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void longPress_heldHalfASecond_startsAndEndsWhereThePointerIs(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "gestures");
        BoundingBox pad = boxInView(page, "tap-pad");

        page.mouse().move(pad.x + 60, pad.y + 30);
        page.mouse().down();
        assertPosition(page, "long press at \\((\\d+), (\\d+)\\)", 60, 30);
        page.mouse().up();
        assertPosition(page, "long press ended at \\((\\d+), (\\d+)\\)", 60, 30);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void hoverAndWheel_overThePad_javaGetsPositionsAndTheScrollDelta(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "gestures");
        BoundingBox pad = boxInView(page, "hover-pad");

        page.mouse().move(pad.x + 10, pad.y + 10);
        page.mouse().move(pad.x + 50, pad.y + 30, new Mouse.MoveOptions().setSteps(5));
        assertPosition(page, "hover at \\((\\d+), (\\d+)\\)", 50, 30);
        // A horizontal wheel: the page does not scroll sideways, so the pad stays under the pointer.
        page.mouse().wheel(120, 0);
        assertThat(status(page, "gestures")).hasText("scroll by (120, 0)");
        page.mouse().move(pad.x + pad.width + 200, pad.y + 30);
        assertThat(status(page, "gestures")).hasText("exited");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void pan_draggingTheBox_movesItInTheStackByTheDeltasJavaReceives(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "gestures");
        BoundingBox before = boxInView(page, "drag-box");

        drag(page, before.x + 30, before.y + 30, 60, 40, 12);

        assertThat(status(page, "gestures")).hasText("pan ended at (80, 60)");
        BoundingBox after = page.locator("[data-key=drag-box]").boundingBox();
        assertEquals(before.x + 60, after.x, 1, "moved right with the pointer");
        assertEquals(before.y + 40, after.y, 1, "moved down with the pointer");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void horizontalDrag_theKnob_followsOnlyTheHorizontalMove(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "gestures");
        BoundingBox before = boxInView(page, "drag-knob");

        drag(page, before.x + 20, before.y + 20, 100, 6, 10);

        assertThat(status(page, "gestures")).hasText("knob at 100");
        BoundingBox after = page.locator("[data-key=drag-knob]").boundingBox();
        assertEquals(before.x + 100, after.x, 1);
        assertEquals(before.y, after.y, 0.5);
    }

    /** Presses the mouse at (x, y), moves it by (dx, dy) in {@code steps} moves, and releases it. */
    private static void drag(Page page, double x, double y, double dx, double dy, int steps) {
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x + dx, y + dy, new Mouse.MoveOptions().setSteps(steps));
        page.mouse().up();
    }

    /** Scrolls the control with key {@code key} into view and returns its box in viewport coordinates. */
    private static BoundingBox boxInView(Page page, String key) {
        Locator control = page.locator("[data-key=" + key + "]");
        control.scrollIntoViewIfNeeded();
        return control.boundingBox();
    }

    /** Waits for the gestures status to match {@code regex} (two integer groups), then checks them near (x, y). */
    private static void assertPosition(Page page, String regex, double x, double y) {
        Pattern pattern = Pattern.compile(regex);
        Locator line = status(page, "gestures");
        assertThat(line).hasText(pattern);
        String text = line.textContent();
        Matcher m = pattern.matcher(text);
        assertTrue(m.matches(), text);
        assertEquals(x, Double.parseDouble(m.group(1)), TOLERANCE, text);
        assertEquals(y, Double.parseDouble(m.group(2)), TOLERANCE, text);
    }
}
