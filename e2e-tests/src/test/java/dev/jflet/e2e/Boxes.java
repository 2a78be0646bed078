package dev.jflet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.function.Supplier;

/** Element boxes of a page, found by control key, and Flutter's layout arithmetic to compare them with. */
final class Boxes {
    /** Boxes may land on fractional pixels; a rule holds when each edge is within this. */
    static final double TOLERANCE = 0.6;

    private final Page page;

    Boxes(Page page) {
        this.page = page;
    }

    Page page() {
        return page;
    }

    /** The border box of the control keyed {@code key}, in page pixels; fails when it is not rendered. */
    BoundingBox of(String key) {
        BoundingBox box = page.locator("[data-key=\"" + key + "\"]").boundingBox();
        assertNotNull(box, "no box for the control keyed " + key);
        return box;
    }

    /** The width a Column inside the page can give its children: the view body's content width. */
    double pageContentWidth() {
        return ((Number) page.evaluate("() => { const m = document.querySelector('main.flet-view-body');"
                + " const s = getComputedStyle(m); return m.clientWidth - parseFloat(s.paddingLeft)"
                + " - parseFloat(s.paddingRight); }")).doubleValue();
    }

    /** Asserts that {@code key} sits at ({@code x}, {@code y}) relative to the box of {@code parentKey}. */
    void assertAt(String key, String parentKey, double x, double y) {
        BoundingBox child = of(key);
        BoundingBox parent = of(parentKey);
        assertEquals(x, child.x - parent.x, TOLERANCE, key + " x in " + parentKey);
        assertEquals(y, child.y - parent.y, TOLERANCE, key + " y in " + parentKey);
    }

    /** Asserts the size of {@code key}. */
    void assertSize(String key, double width, double height) {
        BoundingBox box = of(key);
        assertEquals(width, box.width, TOLERANCE, key + " width");
        assertEquals(height, box.height, TOLERANCE, key + " height");
    }

    /**
     * Flutter's RenderFlex main-axis positions: the free space ({@code extent} minus the children and the spacing
     * between them) goes before, between and around the children as {@code alignment} says.
     */
    static double[] mainAxisOffsets(String alignment, double extent, double[] sizes, double spacing) {
        int n = sizes.length;
        double used = spacing * (n - 1);
        for (double size : sizes) {
            used += size;
        }
        double free = Math.max(0, extent - used);
        double leading;
        double between;
        switch (alignment) {
            case "start" -> { leading = 0; between = 0; }
            case "end" -> { leading = free; between = 0; }
            case "center" -> { leading = free / 2; between = 0; }
            case "spaceBetween" -> { leading = 0; between = n > 1 ? free / (n - 1) : 0; }
            case "spaceAround" -> { between = free / n; leading = between / 2; }
            case "spaceEvenly" -> { between = free / (n + 1); leading = between; }
            default -> throw new IllegalArgumentException("not a MainAxisAlignment: " + alignment);
        }
        double[] offsets = new double[n];
        double at = leading;
        for (int i = 0; i < n; i++) {
            offsets[i] = at;
            at += sizes[i] + spacing + between;
        }
        return offsets;
    }

    /** Flutter's CrossAxisAlignment position of a child of {@code size} in {@code extent}. */
    static double crossAxisOffset(String alignment, double extent, double size) {
        return switch (alignment) {
            case "start", "stretch" -> 0;
            case "center" -> (extent - size) / 2;
            case "end" -> extent - size;
            default -> throw new IllegalArgumentException("not a CrossAxisAlignment: " + alignment);
        };
    }

    /** Flet's ResponsiveRow child width: {@code col} of {@code columns} columns and the gaps it spans. */
    static double responsiveWidth(double rowWidth, int columns, int col, double spacing) {
        double column = (rowWidth - spacing * (columns - 1)) / columns;
        return column * col + spacing * (col - 1);
    }

    /** Retries {@code check} (null when it holds, else what is wrong) for up to five seconds, then fails with it. */
    static void eventually(Page page, Supplier<String> check) {
        String problem = check.get();
        for (int i = 0; i < 100 && problem != null; i++) {
            page.waitForTimeout(50);
            problem = check.get();
        }
        if (problem != null) {
            throw new AssertionError(problem);
        }
    }
}
