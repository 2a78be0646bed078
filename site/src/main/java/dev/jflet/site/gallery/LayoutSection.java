package dev.jflet.site.gallery;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.GridView;
import dev.jflet.core.controls.core.ListView;
import dev.jflet.core.controls.core.ResponsiveRow;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.SafeArea;
import dev.jflet.core.controls.core.Stack;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.types.ScrollType;

/**
 * Layout: a clickable Container, Column and Row, a Stack with positioned children, a ResponsiveRow, a ListView
 * that echoes its scrolling, a three-column GridView and a SafeArea with a minimum padding.
 */
final class LayoutSection {
    static final int LIST_ITEMS = 40;
    static final int GRID_TILES = 7;

    private LayoutSection() {
    }

    static Column build() {
        StatusLine status = new StatusLine("layout");
        Container clickable = new Container(new Text("Click this container")).padding(12).bgcolor("primaryContainer")
                .borderRadius(8).key("clickable-container").onClick(e -> status.say("clicked Container"));
        ListView list = new ListView().spacing(4).height(160).width(240).key("list");
        for (int i = 1; i <= LIST_ITEMS; i++) {
            list.controls().add(new Text("List item " + i));
        }
        // Direction changes (user) come after the end too; the echo keeps the position events.
        list.onScroll(e -> {
            if (e.eventType() != ScrollType.USER) {
                status.say("ListView " + e.eventType().value() + " at " + Math.round(e.pixels()));
            }
        });
        GridView grid = new GridView().runsCount(3).spacing(8).runSpacing(8).width(360).key("grid");
        for (int i = 1; i <= GRID_TILES; i++) {
            grid.controls().add(box("Tile " + i).key("tile-" + i));
        }
        return Gallery.section("Layout", status,
                clickable,
                new Row(box("Row 1"), box("Row 2"), box("Row 3")).spacing(8).key("row"),
                new Column(box("Column 1"), box("Column 2")).spacing(4).key("column"),
                new Stack(
                        new Container().width(240).height(100).bgcolor("tertiaryContainer"),
                        new Text("Top left").left(8).top(8),
                        new Text("Bottom right").right(8).bottom(8)).key("stack"),
                new ResponsiveRow(
                        box("Half").col(6), box("Quarter A").col(3), box("Quarter B").col(3)).key("responsive"),
                list,
                grid,
                new SafeArea(box("Inside a SafeArea").key("safe-content")).minimumPadding(12).key("safe-area"));
    }

    private static Container box(String label) {
        return new Container(new Text(label)).padding(8).bgcolor("secondaryContainer").borderRadius(4);
    }
}
