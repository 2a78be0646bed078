package dev.jflet.site.layoutlab;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Control;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.types.FontWeight;
import dev.jflet.core.types.ScrollMode;

/**
 * The layout lab: small labelled fixtures, each a keyed Container, Row, Column or Stack with fixed-size children, so
 * end-to-end tests can measure element boxes against Flutter's layout rules. Keys name what a test measures.
 */
public final class LayoutLab {
    /** The colour of the fixed-size boxes fixtures are made of. */
    static final String BOX_COLOR = "primaryContainer";
    /** The colour of the frame a fixture lays its boxes out in. */
    static final String FRAME_COLOR = "surfaceContainerHighest";

    private LayoutLab() {
    }

    public static void main(String[] args) {
        Jflet.run(LayoutLab::app);
    }

    public static void app(Page page) {
        page.title("Layout lab");
        page.scroll(ScrollMode.AUTO);
        page.add(new Text("Layout lab").size(28).weight(FontWeight.BOLD));
        page.add(FlexFixtures.build());
        page.add(BoxFixtures.build());
        page.add(EffectFixtures.build());
        page.add(StyleFixtures.build());
    }

    /** A group of fixtures under a heading. */
    static Column group(String heading, Control... fixtures) {
        Column column = new Column().spacing(16);
        column.controls().add(new Text(heading).size(22).weight(FontWeight.W_500));
        for (Control fixture : fixtures) {
            column.controls().add(fixture);
        }
        return column;
    }

    /** One fixture: a label above {@code body}, which is keyed {@code key}. */
    static <C extends LayoutControl<C>> Column fixture(String key, String label, C body) {
        return new Column(new Text(label).size(12), body.key(key)).spacing(4);
    }

    /** A box of a fixed size, keyed {@code key}. */
    static Container box(String key, double width, double height) {
        return new Container().width(width).height(height).bgcolor(BOX_COLOR).key(key);
    }

    /** A frame of a fixed size around {@code content}: the space a fixture lays out in. */
    static Container frame(double width, double height, Control content) {
        return new Container(content).width(width).height(height).bgcolor(FRAME_COLOR);
    }
}
