package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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

/** The gallery's layout controls (site/…/gallery/LayoutSection.java), ListView, GridView and SafeArea among them. */
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

    @ParameterizedTest
    @EnumSource(Build.class)
    void listView_scrolledWithTheWheel_javaEchoesTheScroll(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "layout");
        Locator list = page.locator("[data-key=list]");
        assertThat(list).hasAttribute("role", "list");
        assertThat(list.getByRole(AriaRole.LISTITEM)).hasCount(40);
        assertThat(text(page, "List item 40")).not().isInViewport();

        list.scrollIntoViewIfNeeded();
        list.hover();
        page.mouse().wheel(0, 400);

        assertThat(status(page, "layout")).hasText(Pattern.compile("ListView end at [1-9][0-9]*"));
        double scrolled = ((Number) list.evaluate("e => e.scrollTop")).doubleValue();
        assertTrue(scrolled > 0, "the list scrolled");
        String echoed = status(page, "layout").textContent().replaceAll("\\D+", "");
        assertEquals(Math.round(scrolled), Long.parseLong(echoed), "Java received the final offset");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void gridView_threeRunsCount_laysOutThreeEqualSquareColumns(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "layout");
        assertThat(page.locator("[data-key=grid]")).hasAttribute("role", "list");
        BoundingBox[] tiles = new BoundingBox[8];
        for (int i = 1; i <= 7; i++) {
            tiles[i] = page.locator("[data-key=tile-" + i + "]").boundingBox();
        }
        BoundingBox grid = page.locator("[data-key=grid]").boundingBox();
        double width = (grid.width - 2 * 8) / 3;
        for (int i = 1; i <= 7; i++) {
            int row = (i - 1) / 3;
            int column = (i - 1) % 3;
            assertEquals(width, tiles[i].width, 1, "tile " + i + " width");
            assertEquals(width, tiles[i].height, 1, "tile " + i + " is square");
            assertEquals(grid.x + column * (width + 8), tiles[i].x, 1, "tile " + i + " column");
            assertEquals(grid.y + row * (width + 8), tiles[i].y, 1, "tile " + i + " row");
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void safeArea_minimumPadding_insetsItsContent(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "layout");
        BoundingBox area = page.locator("[data-key=safe-area]").boundingBox();
        BoundingBox content = page.locator("[data-key=safe-content]").boundingBox();

        assertEquals(area.x + 12, content.x, 1);
        assertEquals(area.y + 12, content.y, 1);
        assertEquals(area.y + area.height - 12, content.y + content.height, 1);
    }

    private static BoundingBox box(Page page, String text) {
        return text(page, text).boundingBox();
    }

    private static com.microsoft.playwright.Locator text(Page page, String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true));
    }
}
