package dev.jflet.site.gallery;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.ResponsiveRow;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Stack;
import dev.jflet.core.controls.core.Text;

/** Layout: a clickable Container, Column and Row, a Stack with positioned children, a ResponsiveRow. */
final class LayoutSection {
    private LayoutSection() {
    }

    static Column build() {
        StatusLine status = new StatusLine("layout");
        Container clickable = new Container(new Text("Click this container")).padding(12).bgcolor("primaryContainer")
                .borderRadius(8).key("clickable-container").onClick(e -> status.say("clicked Container"));
        return Gallery.section("Layout", status,
                clickable,
                new Row(box("Row 1"), box("Row 2"), box("Row 3")).spacing(8).key("row"),
                new Column(box("Column 1"), box("Column 2")).spacing(4).key("column"),
                new Stack(
                        new Container().width(240).height(100).bgcolor("tertiaryContainer"),
                        new Text("Top left").left(8).top(8),
                        new Text("Bottom right").right(8).bottom(8)).key("stack"),
                new ResponsiveRow(
                        box("Half").col(6), box("Quarter A").col(3), box("Quarter B").col(3)).key("responsive"));
    }

    private static Container box(String label) {
        return new Container(new Text(label)).padding(8).bgcolor("secondaryContainer").borderRadius(4);
    }
}
