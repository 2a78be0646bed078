package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gallery's layout controls (site/…/gallery/LayoutSection.java). */
class GalleryLayoutTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void container_clicked_javaEchoesIt(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "layout");

        page.locator("[data-key=clickable-container]").click();

        assertThat(status(page, "layout")).hasText("clicked Container");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void layout_opened_placesChildrenAsFletDoes(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "layout");
        assertThat(text(page, "Row 3")).isVisible();

        BoundingBox row1 = box(page, "Row 1");
        BoundingBox row2 = box(page, "Row 2");
        assertEquals(row1.y, row2.y, 1, "a Row lines its children up");
        assertTrue(row2.x > row1.x + row1.width, "Row 2 is right of Row 1");
        BoundingBox column1 = box(page, "Column 1");
        BoundingBox column2 = box(page, "Column 2");
        assertTrue(column2.y > column1.y + column1.height - 1, "Column 2 is below Column 1");

        BoundingBox stack = page.locator("[data-key=stack]").boundingBox();
        BoundingBox topLeft = box(page, "Top left");
        BoundingBox bottomRight = box(page, "Bottom right");
        assertEquals(stack.x + 8, topLeft.x, 1);
        assertEquals(stack.y + 8, topLeft.y, 1);
        assertEquals(stack.x + stack.width - 8, bottomRight.x + bottomRight.width, 1);
        assertEquals(stack.y + stack.height - 8, bottomRight.y + bottomRight.height, 1);

        BoundingBox half = page.locator("[data-key=responsive] > *").first().boundingBox();
        BoundingBox quarter = page.locator("[data-key=responsive] > *").nth(1).boundingBox();
        assertEquals(half.y, quarter.y, 1, "the three fit on one run");
        assertTrue(half.width > quarter.width * 1.8, "col 6 is about twice col 3: " + half + " vs " + quarter);
    }

    private static BoundingBox box(Page page, String text) {
        return text(page, text).boundingBox();
    }

    private static com.microsoft.playwright.Locator text(Page page, String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true));
    }
}
