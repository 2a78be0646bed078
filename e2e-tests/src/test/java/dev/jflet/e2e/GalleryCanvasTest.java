package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gallery's canvas (site/…/gallery/CanvasSection.java): its pixels, its accessible name, a redraw from Java. */
class GalleryCanvasTest extends BrowserTest {
    // Material palette colors as the renderer's theme defines them (red, blue, green, grey100 of Flutter's Colors).
    private static final int RED = 0xf44336;
    private static final int BLUE = 0x2196f3;
    private static final int GREEN = 0x4caf50;
    private static final int GREY_100 = 0xf5f5f5;

    @ParameterizedTest
    @EnumSource(Build.class)
    void canvas_drawsItsShapes_asAnImageNamedByItsText(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "canvas");
        Locator drawing = page.getByRole(AriaRole.IMG,
                new Page.GetByRoleOptions().setName("Drawing of 8 shapes: “jflet”"));
        assertThat(drawing).isVisible();

        BufferedImage pixels = screenshot(page.locator("[data-key=drawing]"));
        assertEquals(320, pixels.getWidth());
        assertColor(RED, pixels, 150, 20, "the red line");
        assertColor(BLUE, pixels, 60, 90, "the circle");
        assertColor(GREY_100, pixels, 300, 60, "the background rectangle");
        assertThat(page.locator("[data-key=canvas-size]")).hasText("canvas 320 × 160");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void shapeRecoloredInJava_isRedrawn(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "canvas");
        Locator drawing = page.locator("[data-key=drawing]");
        assertColor(BLUE, screenshot(drawing), 60, 90, "the circle before");

        GalleryPages.button(page, "Make the circle green").click();
        assertThat(status(page, "canvas")).hasText("circle is green");

        BufferedImage after = screenshot(drawing);
        assertColor(GREEN, after, 60, 90, "the circle after");
        assertColor(RED, after, 150, 20, "the line, unchanged");
    }

    private static BufferedImage screenshot(Locator element) {
        try {
            return ImageIO.read(new ByteArrayInputStream(element.screenshot()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the pixel at (x, y) is {@code rgb}, each channel within 8 (rendering may round). */
    private static void assertColor(int rgb, BufferedImage image, int x, int y, String what) {
        int actual = image.getRGB(x, y) & 0xffffff;
        for (int shift = 0; shift <= 16; shift += 8) {
            int want = (rgb >> shift) & 0xff;
            int got = (actual >> shift) & 0xff;
            assertEquals(want, got, 8, String.format("%s at (%d, %d): expected #%06x, got #%06x", what, x, y, rgb,
                    actual));
        }
    }
}
