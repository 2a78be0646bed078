package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.Boxes.TOLERANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The layout lab (site/…/layoutlab): element boxes measured in Chromium against Flutter's layout rules (RenderFlex,
 * Container, Stack, Flet's ResponsiveRow), computed here from the rules rather than read from the renderer.
 */
class LayoutLabTest extends BrowserTest {
    static final String PATH = "/layoutlab/";
    private static final List<String> MAIN = List.of("start", "center", "end", "spaceBetween", "spaceAround",
            "spaceEvenly");
    private static final List<String> CROSS = List.of("start", "center", "end", "stretch");

    private Boxes lab(Build build) {
        return boxes(open(build, PATH));
    }

    /** The boxes of the layout lab's page once its first and last sections are drawn. */
    static Boxes boxes(Page page) {
        assertThat(page.locator("[data-key=auto-scroll-log]")).isVisible();
        assertThat(page.locator("[data-key=shape-continuous]")).isVisible();
        return new Boxes(page);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void rowAndColumn_mainAxisAlignment_distributeFreeSpaceAsFlutter(Build build) {
        Boxes boxes = lab(build);
        double[] sizes = {40, 40, 40};
        for (String a : MAIN) {
            double[] x = Boxes.mainAxisOffsets(a, 300, sizes, 10);
            double[] y = Boxes.mainAxisOffsets(a, 200, new double[] {20, 20, 20}, 10);
            for (int i = 0; i < 3; i++) {
                boxes.assertAt("row-main-" + a + "-" + i, "row-main-" + a, x[i], 10);
                boxes.assertAt("col-main-" + a + "-" + i, "col-main-" + a, 0, y[i]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void rowAndColumn_crossAxisAlignment_placeOrStretchChildren(Build build) {
        Boxes boxes = lab(build);
        for (String c : CROSS) {
            String col = "col-cross-" + c;
            double[] widths = {40, 80};
            for (int i = 0; i < 2; i++) {
                double width = c.equals("stretch") ? 200 : widths[i];
                boxes.assertAt(col + "-" + i, col, Boxes.crossAxisOffset(c, 200, width), i * 30);
                boxes.assertSize(col + "-" + i, width, 20);
            }
            String row = "row-cross-" + c;
            double[] heights = {20, 40};
            for (int i = 0; i < 2; i++) {
                double height = c.equals("stretch") ? 80 : heights[i];
                boxes.assertAt(row + "-" + i, row, i * 50, Boxes.crossAxisOffset(c, 80, height));
                boxes.assertSize(row + "-" + i, 40, height);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void spacingAndTight_rowHugsItsChildrenOnlyWhenTight(Build build) {
        Boxes boxes = lab(build);
        double width = boxes.pageContentWidth();
        for (int i = 0; i < 3; i++) {
            boxes.assertAt("spacing-" + i, "spacing", i * 54, 0);
            boxes.assertAt("column-spacing-" + i, "column-spacing", 0, i * 30);
        }
        boxes.assertSize("tight-row", 170, 20);
        assertEquals(width, boxes.of("loose-row").width, TOLERANCE, "a Row that is not tight takes the width");
        for (int i = 0; i < 3; i++) {
            boxes.assertAt("loose-row-" + i, "loose-row", width - 170 + i * 60, 0);
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void expand_flexFactors_shareTheRemainingSpaceOneToTwo(Build build) {
        Boxes boxes = lab(build);
        double remaining = boxes.pageContentWidth() - 60 - 2 * 10;
        boxes.assertSize("expand-row-1", remaining / 3, 20);
        boxes.assertSize("expand-row-2", remaining * 2 / 3, 20);
        boxes.assertAt("expand-row-2", "expand-row", 60 + 10 + remaining / 3 + 10, 0);
        double remainingHeight = 230 - 50 - 2 * 10;
        boxes.assertSize("expand-col-1", 40, remainingHeight / 3);
        boxes.assertSize("expand-col-2", 40, remainingHeight * 2 / 3);
        boxes.assertAt("expand-col-2", "expand-col", 0, 50 + 10 + remainingHeight / 3 + 10);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void expandLoose_contentSmallerThanTheShare_keepsItsSize(Build build) {
        Boxes boxes = lab(build);
        BoundingBox shortBox = boxes.of("loose-short-box");
        assertTrue(shortBox.width < 100, "a loose child keeps its content's width, not its share: " + shortBox.width);
        boxes.assertAt("loose-short-fixed", "loose-short", shortBox.width + 10, 0);
        assertEquals(500, boxes.of("loose-short").width, TOLERANCE, "the Row keeps its width");

        double share = (500 - 100 - 2 * 10) / 2.0;
        assertEquals(share, boxes.of("loose-long-box").width, TOLERANCE, "long content is capped at the share");
        assertEquals(share, boxes.of("loose-long-tight").width, TOLERANCE, "the expanded sibling gets its share");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void flex_mixedChildren_nonFlexFirstThenSharesByFactorWithoutRedistribution(Build build) {
        Boxes boxes = lab(build);
        // RenderFlex lays the non-flex children out at their own size, then gives each flex child
        // (free space / total flex) * its flex; a loose child below its share leaves the rest unused.
        double natural = boxes.of("flex-mixed-natural").width;
        double share = (500 - 100 - natural - 3 * 10) / 3.0;
        Boxes.eventually(recorded().page(), () -> Math.abs(boxes.of("flex-mixed-tight").width - 2 * share)
                <= TOLERANCE ? null : "expand=2 takes two shares, " + 2 * share + ", not what the loose child"
                        + " leaves: " + boxes.of("flex-mixed-tight").width);
        BoundingBox loose = boxes.of("flex-mixed-loose");
        assertTrue(loose.width < share - 10, "the loose child keeps its content's width: " + loose.width);
        boxes.assertAt("flex-mixed-natural", "flex-mixed", 110, 0);
        boxes.assertAt("flex-mixed-loose", "flex-mixed", 110 + natural + 10, 0);
        boxes.assertSize("flex-mixed-tight", 2 * share, 20);
        boxes.assertAt("flex-mixed-tight", "flex-mixed", 110 + natural + 10 + loose.width + 10, 0);

        double colShare = (300 - 50 - 2 * 10) / 2.0;
        BoundingBox colLoose = boxes.of("flex-mixed-col-loose");
        assertTrue(colLoose.height < colShare - 10, "the loose child keeps its height: " + colLoose.height);
        boxes.assertSize("flex-mixed-col-tight", 40, colShare);
        boxes.assertAt("flex-mixed-col-tight", "flex-mixed-col", 0, 50 + 10 + colLoose.height + 10);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void rowStretch_fixedHeight_forcesColumnsToItsHeight(Build build) {
        Boxes boxes = lab(build);
        boxes.assertSize("stretch-in-row", boxes.of("stretch-in-row").width, 120);
        boxes.assertSize("stretch-end", 40, 120);
        boxes.assertAt("stretch-end", "stretch-in-row", 0, 0);
        boxes.assertAt("stretch-end-0", "stretch-end", 0, 120 - 20 - 10 - 20);
        boxes.assertAt("stretch-end-1", "stretch-end", 0, 120 - 20);
        boxes.assertSize("stretch-fill", 40, 120);
        boxes.assertSize("stretch-fill-1", 40, 120 - 20 - 10);
        boxes.assertSize("stretch-box", 30, 120);
        boxes.assertAt("stretch-box", "stretch-in-row", 40 + 10 + 40 + 10, 0);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void rowOfFixedHeight_columnChild_takesTheRowsHeight(Build build) {
        Boxes boxes = lab(build);
        // Flutter's Row offers its children heights up to its own; a Column (MainAxisSize.max) takes all of it
        // and starts its children at the top, while the box is centred.
        boxes.assertSize("col-in-row-col", 40, 120);
        boxes.assertAt("col-in-row-col", "col-in-row", 0, 0);
        boxes.assertAt("col-in-row-1", "col-in-row", 0, 30);
        boxes.assertAt("col-in-row-box", "col-in-row", 50, 45);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void icon_forcedToALargerBox_centresItsGlyph(Build build) {
        Boxes boxes = lab(build);
        boxes.assertSize("icon-forced-icon", 80, 80);
        BoundingBox icon = boxes.of("icon-forced-icon");
        Locator el = recorded().page().locator("[data-key=icon-forced-icon]");
        // The glyph's box: the text inside the Icon's element, once the icon font has drawn it 24 px wide.
        Boxes.eventually(recorded().page(), () -> {
            double[] g = glyph(el);
            return Math.abs(g[2] - 24) <= TOLERANCE ? null : "the glyph should be 24 px wide, is " + g[2];
        });
        double[] g = glyph(el);
        assertEquals(icon.x + 40, g[0] + g[2] / 2, TOLERANCE, "glyph centre x");
        assertEquals(icon.y + 40, g[1] + g[3] / 2, TOLERANCE, "glyph centre y");
    }

    private static double[] glyph(Locator icon) {
        List<?> box = (List<?>) icon.evaluate("el => { const r = document.createRange(); r.selectNodeContents(el);"
                + " const b = r.getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; }");
        return box.stream().mapToDouble(n -> ((Number) n).doubleValue()).toArray();
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void card_sizesAsAContainerWithMargin4(Build build) {
        Boxes boxes = lab(build);
        boxes.assertSize("card-content", 120, 60);
        boxes.assertAt("card-content-box", "card-content", 10, 10);
        boxes.assertSize("card-row-card", 80, 30);
        boxes.assertAt("card-row-card", "card-row", 4, 4);
        boxes.assertAt("card-row-next", "card-row", 4 + 80 + 4 + 10, (38 - 20) / 2.0);
        boxes.assertSize("card-width", 200, 30);
        boxes.assertSize("card-expand-card", 500 - 100 - 10 - 2 * 4, 30);
        boxes.assertAt("card-expand-next", "card-expand", 500 - 100, (38 - 20) / 2.0);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void wrap_runSpacing_startsANewRunBelow(Build build) {
        Boxes boxes = lab(build);
        double[][] at = {{0, 0}, {110, 0}, {220, 0}, {0, 50}, {110, 50}};
        for (int i = 0; i < at.length; i++) {
            boxes.assertAt("wrap-" + i, "wrap", at[i][0], at[i][1]);
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void container_sizesFromContentOrWidthAndHeight_withPaddingAndMargin(Build build) {
        Boxes boxes = lab(build);
        boxes.assertSize("content-sized", 70, 50);
        boxes.assertAt("content-sized-box", "content-sized", 10, 10);
        boxes.assertSize("fixed-size", 120, 80);
        boxes.assertAt("fixed-size-text", "fixed-size", 10, 10);
        boxes.assertSize("fixed-size-text", 100, 60);
        boxes.assertSize("forced-child-box", 120, 80);

        boxes.assertSize("margin-box", 40, 40);
        boxes.assertAt("margin-inner", "margin-box", 5, 5);
        boxes.assertAt("margin-box", "margin-before", 20 + 10 + 15, -10);
        boxes.assertAt("margin-after", "margin-box", 40 + 15 + 10, 10);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void container_alignment_placesTheChildAndFillsTheParent(Build build) {
        Boxes boxes = lab(build);
        double width = boxes.pageContentWidth();
        boxes.assertAt("aligned-center-box", "aligned-center", 80, 30);
        boxes.assertAt("aligned-bottom-right-box", "aligned-bottom-right", 160, 60);
        boxes.assertSize("aligned-fill", width, 20);
        boxes.assertAt("aligned-fill-box", "aligned-fill", (width - 40) / 2, 0);
        boxes.assertSize("aligned-in-frame-inner", 300, 120);
        boxes.assertAt("aligned-in-frame-box", "aligned-in-frame-inner", 260, 100);
        boxes.assertSize("leaf", width, 12);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void stack_positionedChildren_sitAtTheirEdges(Build build) {
        Boxes boxes = lab(build);
        boxes.assertSize("stack", 300, 200);
        boxes.assertAt("stack-top-left", "stack", 10, 10);
        boxes.assertAt("stack-bottom-right", "stack", 250, 150);
        boxes.assertAt("stack-left-right", "stack", 20, 80);
        boxes.assertSize("stack-left-right", 260, 20);
        boxes.assertAt("stack-bottom-left", "stack", 0, 170);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void responsiveRow_colPerBreakpoint_followsThePageWidth(Build build) {
        Boxes boxes = lab(build);
        assertResponsive(boxes, 500, 12);
        assertResponsive(boxes, 700, 6);
        assertResponsive(boxes, 900, 4);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void opacityVisibleDisabled_applyToTheControlAndItsContent(Build build) {
        Boxes boxes = lab(build);
        Page page = recorded().page();
        assertThat(page.locator("[data-key=opacity-box]")).hasCSS("opacity", "0.5");
        assertThat(page.locator("[data-key=visible-hidden]")).isHidden();
        boxes.assertAt("visible-c", "visible-a", 0, 20 + 10);
        assertThat(page.locator("[data-key=disabled-field] input")).isDisabled();
        assertThat(page.locator("[data-key=disabled]").getByRole(AriaRole.BUTTON)).isDisabled();
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void rotateScaleOffset_transformTheBoxButNotTheLayout(Build build) {
        Boxes boxes = lab(build);
        // Each 100 x 50 box sits in a tight Row before a 20 x 20 box; the Row centres both vertically.
        for (String name : List.of("rotate", "scale", "offset")) {
            boxes.assertSize(name, 100 + 10 + 20, 50);
        }
        assertCentre(boxes, "rotate", 0, 0);
        boxes.assertSize("rotate-box", 50, 100);
        assertCentre(boxes, "scale", 0, 0);
        boxes.assertSize("scale-box", 200, 100);
        assertCentre(boxes, "offset", 50, 12.5);
        boxes.assertSize("offset-box", 100, 50);
    }

    /** The transformed box's centre is its untransformed centre in the Row, moved by (dx, dy). */
    private static void assertCentre(Boxes boxes, String name, double dx, double dy) {
        BoundingBox row = boxes.of(name);
        BoundingBox box = boxes.of(name + "-box");
        assertEquals(row.x + 50 + dx, box.x + box.width / 2, TOLERANCE, name + " centre x");
        assertEquals(row.y + 25 + dy, box.y + box.height / 2, TOLERANCE, name + " centre y");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void scrollingColumn_wheelAndAutoScroll_moveItsContent(Build build) {
        Boxes boxes = lab(build);
        Page page = recorded().page();
        Locator scroll = page.locator("[data-key=scroll]");
        boxes.assertSize("scroll", boxes.of("scroll").width, 150);
        assertTrue((Boolean) scroll.evaluate("el => el.scrollHeight > el.clientHeight + 100"), "content overflows");
        scroll.hover();
        page.mouse().wheel(0, 120);
        Boxes.eventually(page, () -> scrollTop(scroll) > 0 ? null : "the wheel did not scroll the Column");

        Locator log = page.locator("[data-key=auto-scroll-log]");
        assertEquals(0, scrollTop(log), "three lines fit");
        Locator add = page.locator("[data-key=add-line]");
        for (int i = 0; i < 5; i++) {
            add.click();
        }
        assertThat(log.getByText("log line 7")).isVisible();
        Boxes.eventually(page, () -> {
            double end = ((Number) log.evaluate("el => el.scrollHeight - el.clientHeight")).doubleValue();
            return end > 0 && Math.abs(scrollTop(log) - end) <= 1 ? null
                    : "auto_scroll should reach the end " + end + ", is at " + scrollTop(log);
        });
    }

    private static double scrollTop(Locator el) {
        return ((Number) el.evaluate("el => el.scrollTop")).doubleValue();
    }

    private void assertResponsive(Boxes boxes, int viewportWidth, int col) {
        Page page = recorded().page();
        page.setViewportSize(viewportWidth, 800);
        Boxes.eventually(page, () -> {
            double row = boxes.of("responsive").width;
            double expected = Boxes.responsiveWidth(row, 12, col, 10);
            double actual = boxes.of("responsive-0").width;
            return Math.abs(actual - expected) <= TOLERANCE ? null
                    : "at " + viewportWidth + " px each cell spans " + col + " columns, " + expected + " px wide,"
                            + " but is " + actual;
        });
        int perRun = 12 / col;
        for (int i = 1; i < 3; i++) {
            BoundingBox previous = boxes.of("responsive-" + (i - 1));
            BoundingBox cell = boxes.of("responsive-" + i);
            if (i % perRun == 0) {
                assertEquals(previous.y + 30 + 10, cell.y, TOLERANCE, "cell " + i + " starts a new run");
            } else {
                assertEquals(previous.x + previous.width + 10, cell.x, TOLERANCE, "cell " + i + " follows");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void listView_itemExtentPrototypeAndFirstItem_giveEveryItemOneExtent(Build build) {
        Boxes boxes = lab(build);
        // item_extent is a tight constraint along the list: each item's control takes it, larger or smaller.
        assertItems(boxes, "list-extent", 2, 40, false);
        // prototype_item: the prototype's extent (50), and the prototype itself is laid out but never shown.
        assertItems(boxes, "list-prototype", 2, 50, false);
        assertThat(boxes.page().locator("[data-key=list-prototype-proto]")).not().isVisible();
        // first_item_prototype: the first item's own extent (30) for all.
        assertItems(boxes, "list-first", 3, 30, false);
        assertItems(boxes, "list-across", 2, 60, true);
    }

    private static void assertItems(Boxes boxes, String list, int count, double extent, boolean across) {
        for (int i = 0; i < count; i++) {
            String key = list + "-" + i;
            BoundingBox item = boxes.of(key);
            BoundingBox parent = boxes.of(list);
            assertEquals(i * extent, across ? item.x - parent.x : item.y - parent.y, TOLERANCE, key + " offset");
            assertEquals(extent, across ? item.width : item.height, TOLERANCE, key + " extent");
        }
    }
}
