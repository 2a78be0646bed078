package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The layout lab's ButtonStyle fixtures, measured against Flutter's ButtonStyleButton in Chromium. */
class LayoutLabStyleTest extends BrowserTest {
    /** StyleFixtures.SHAPE_COLOR. */
    private static final int SHAPE_COLOR = 0xd32f2f;

    private Boxes lab(Build build) {
        return LayoutLabTest.boxes(open(build, LayoutLabTest.PATH));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void visualDensity_compactAndComfortable_shrinkTheMinimumSizeBy4PxPerUnit(Build build) {
        Boxes boxes = lab(build);
        // Material 3 buttons: minimum 64 x 40; density adds 4 px per unit (compact -2, comfortable -1).
        assertEquals(40, boxes.of("density-standard").height, Boxes.TOLERANCE, "standard");
        assertEquals(36, boxes.of("density-comfortable").height, Boxes.TOLERANCE, "comfortable");
        assertEquals(32, boxes.of("density-compact").height, Boxes.TOLERANCE, "compact");
        // IconButton: 40 x 40 with padding 8; compact takes 8 off the vertical padding, never the horizontal.
        boxes.assertSize("density-icon-compact", 40, 32);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void shadowColor_red_drawsTheElevationShadowRed(Build build) {
        lab(build);
        Locator button = recorded().page().locator("[data-key=shadow-color]");
        String shadow = (String) button.evaluate("el => getComputedStyle(el).boxShadow");
        assertTrue(shadow.contains("255, 0, 0") || shadow.contains("srgb 1 0 0"), "a red shadow: " + shadow);
        String plain = (String) recorded().page().locator("[data-key=density-standard]")
                .evaluate("el => getComputedStyle(el).boxShadow");
        assertTrue(plain.contains("0, 0, 0") || plain.contains("srgb 0 0 0"), "others stay black: " + plain);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void textStylePerState_hovered_takesTheHoveredStyleThenTheDefault(Build build) {
        lab(build);
        Page page = recorded().page();
        Locator button = page.locator("[data-key=text-states]");
        assertThat(button).hasCSS("font-size", "14px");
        button.hover();
        assertThat(button).hasCSS("font-size", "20px");
        assertThat(button).hasCSS("font-weight", "700");
        page.mouse().move(0, 0);
        assertThat(button).hasCSS("font-size", "14px");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void shapes_beveledAndContinuous_cutAndSmoothTheirCorners(Build build) {
        lab(build);
        Page page = recorded().page();
        // Radius 16: a beveled corner is cut along x + y = 16, so (6, 6) is outside it but inside a round one;
        // a continuous corner's curve passes 16 / 8 = 2 px from the corner, so (3, 3) is inside it but outside
        // a round one.
        assertShape(page, "shape-rounded", 6, true);
        assertShape(page, "shape-rounded", 3, false);
        assertShape(page, "shape-beveled", 6, false);
        assertShape(page, "shape-beveled", 10, true);
        assertShape(page, "shape-continuous", 3, true);
    }

    /** Whether the button's pixel (d, d) from its top-left corner is the button's colour. */
    private static void assertShape(Page page, String key, int d, boolean inside) {
        Locator button = page.locator("[data-key=" + key + "]");
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(button.screenshot()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double scale = image.getWidth() / button.boundingBox().width;
        int rgb = image.getRGB((int) Math.round(d * scale), (int) Math.round(d * scale)) & 0xffffff;
        int distance = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            distance = Math.max(distance, Math.abs(((rgb >> shift) & 0xff) - ((SHAPE_COLOR >> shift) & 0xff)));
        }
        assertEquals(inside, distance < 40, String.format("%s at (%d, %d) is #%06x: %s the shape expected", key, d,
                d, rgb, inside ? "inside" : "outside"));
    }
}
