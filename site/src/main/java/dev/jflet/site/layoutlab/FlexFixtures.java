package dev.jflet.site.layoutlab;

import static dev.jflet.site.layoutlab.LayoutLab.box;
import static dev.jflet.site.layoutlab.LayoutLab.fixture;
import static dev.jflet.site.layoutlab.LayoutLab.frame;

import dev.jflet.core.Control;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.types.CrossAxisAlignment;
import dev.jflet.core.types.MainAxisAlignment;
import java.util.ArrayList;
import java.util.List;

/** Row and Column: main and cross axis alignment, spacing, tight sizing, expand and flex factors, wrapping. */
final class FlexFixtures {
    private FlexFixtures() {
    }

    static Column build() {
        List<Control> fixtures = new ArrayList<>();
        for (MainAxisAlignment a : MainAxisAlignment.values()) {
            // Rows 300 wide and Columns 200 high, each with three 40 x 20 boxes 10 apart.
            fixtures.add(fixture("row-main-" + a.value(), "Row alignment " + a.value(),
                    frame(300, 40, new Row(boxes("row-main-" + a.value(), 40, 20)).alignment(a))));
        }
        Row columns = new Row().spacing(24).wrap(true);
        for (MainAxisAlignment a : MainAxisAlignment.values()) {
            columns.controls().add(fixture("col-main-" + a.value(), a.value(),
                    frame(60, 200, new Column(boxes("col-main-" + a.value(), 40, 20)).alignment(a))));
        }
        fixtures.add(columns);
        for (CrossAxisAlignment c : List.of(CrossAxisAlignment.START, CrossAxisAlignment.CENTER,
                CrossAxisAlignment.END, CrossAxisAlignment.STRETCH)) {
            String col = "col-cross-" + c.value();
            fixtures.add(fixture(col, "Column horizontal_alignment " + c.value(), frame(200, 80,
                    new Column(box(col + "-0", 40, 20), box(col + "-1", 80, 20)).horizontalAlignment(c))));
            String row = "row-cross-" + c.value();
            fixtures.add(fixture(row, "Row vertical_alignment " + c.value(), frame(200, 80,
                    new Row(box(row + "-0", 40, 20), box(row + "-1", 40, 40)).verticalAlignment(c))));
        }
        fixtures.add(fixture("spacing", "Row spacing 24", new Row(boxes("spacing", 30, 20)).spacing(24)));
        fixtures.add(fixture("column-spacing", "Column default spacing", new Column(boxes("column-spacing", 30, 20))));
        fixtures.add(fixture("tight-row", "Row tight", new Row(boxes("tight-row", 50, 20)).tight(true)));
        fixtures.add(fixture("loose-row", "Row (not tight) with alignment end",
                new Row(boxes("loose-row", 50, 20)).alignment(MainAxisAlignment.END)));
        fixtures.add(fixture("expand-row", "Row: a fixed box, expand=1 and expand=2", new Row(
                box("expand-row-fixed", 60, 20), box("expand-row-1", 10, 20).expand(1),
                box("expand-row-2", 10, 20).expand(2))));
        fixtures.add(fixture("expand-col", "Column 230 high: expand=1 and expand=2", frame(100, 230, new Column(
                box("expand-col-fixed", 40, 50), box("expand-col-1", 40, 10).expand(1),
                box("expand-col-2", 40, 10).expand(2)))));
        fixtures.add(fixture("loose-short", "Row 500 wide: expand_loose with short content, a 100 box",
                new Row(label("loose-short-box", "Short").expand(1).expandLoose(true),
                        box("loose-short-fixed", 100, 20)).width(500)));
        fixtures.add(fixture("loose-long", "Row 500 wide: expand_loose with long content, expand, a 100 box",
                new Row(label("loose-long-box", "A long text that needs more room than its share of the row, so"
                        + " it wraps within that share instead of pushing past it.").expand(1).expandLoose(true),
                        box("loose-long-tight", 10, 20).expand(1), box("loose-long-fixed", 100, 20)).width(500)));
        fixtures.add(fixture("flex-mixed", "Row 500 wide: a 100 box, a Text, expand_loose=1 (short), expand=2",
                new Row(box("flex-mixed-fixed", 100, 20), new Text("Natural").key("flex-mixed-natural"),
                        label("flex-mixed-loose", "Short").expand(1).expandLoose(true),
                        box("flex-mixed-tight", 10, 20).expand(2)).width(500)));
        fixtures.add(fixture("flex-mixed-col", "Column 300 high: a 50 box, expand_loose=1 (short), expand=1",
                frame(100, 300, new Column(box("flex-mixed-col-fixed", 40, 50),
                        label("flex-mixed-col-loose", "Short").expand(1).expandLoose(true),
                        box("flex-mixed-col-tight", 40, 10).expand(1)))));
        fixtures.add(fixture("stretch-in-row", "Row 120 high, vertical_alignment stretch: Columns (alignment end;"
                + " an expand child) and a box", new Row(
                        new Column(boxes("stretch-end", 40, 20, 2)).alignment(MainAxisAlignment.END)
                                .key("stretch-end"),
                        new Column(box("stretch-fill-0", 40, 20), box("stretch-fill-1", 40, 10).expand(1))
                                .key("stretch-fill"),
                        box("stretch-box", 30, 30)).height(120).verticalAlignment(CrossAxisAlignment.STRETCH)));
        fixtures.add(fixture("col-in-row", "Row 120 high (vertical_alignment center): a Column, a box",
                new Row(new Column(boxes("col-in-row", 40, 20, 2)).key("col-in-row-col"), box("col-in-row-box", 30,
                        30)).height(120)));
        fixtures.add(fixture("wrap", "Row wrap, spacing 10, run_spacing 20, 350 wide",
                frame(350, 120, new Row(boxes("wrap", 100, 30, 5)).wrap(true).spacing(10).runSpacing(20))));
        return LayoutLab.group("Row and Column", fixtures.toArray(Control[]::new));
    }

    /** A coloured Container around a Text, sized by it. */
    static Container label(String key, String text) {
        return new Container(new Text(text)).bgcolor(LayoutLab.BOX_COLOR).key(key);
    }

    /** Three boxes keyed {@code prefix-0..2}. */
    static Control[] boxes(String prefix, double width, double height) {
        return boxes(prefix, width, height, 3);
    }

    static Control[] boxes(String prefix, double width, double height, int count) {
        Control[] boxes = new Control[count];
        for (int i = 0; i < count; i++) {
            boxes[i] = box(prefix + "-" + i, width, height);
        }
        return boxes;
    }
}
