package dev.jflet.site.layoutlab;

import static dev.jflet.site.layoutlab.LayoutLab.box;
import static dev.jflet.site.layoutlab.LayoutLab.fixture;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.TextField;
import dev.jflet.core.types.Offset;
import dev.jflet.core.types.ScrollMode;

/** Opacity, visibility, inherited disabled state, rotate/scale/offset, and scrolling Columns. */
final class EffectFixtures {
    /** Lines the scrolling Columns start with. */
    static final int LINES = 20;

    private EffectFixtures() {
    }

    static Column build() {
        Column log = new Column(lines("log", 3)).scroll(ScrollMode.AUTO).autoScroll(true).height(150)
                .key("auto-scroll-log");
        int[] next = {3};
        Button add = new Button("Add line", e -> log.controls().add(new Text("log line " + next[0]++)))
                .key("add-line");
        return LayoutLab.group("Opacity, visibility, disabled, transforms and scrolling",
                fixture("opacity-box", "opacity 0.5", box("opacity-box", 40, 20).opacity(0.5)),
                fixture("visible", "Column: a box, a box with visible false, a box", new Column(
                        box("visible-a", 40, 20), box("visible-hidden", 40, 20).visible(false),
                        box("visible-c", 40, 20))),
                fixture("disabled", "Container disabled: what is inside is disabled too", new Container(new Column(
                        new TextField("Inside").key("disabled-field"), new Button("Inside button")
                                .key("disabled-button"))).disabled(true)),
                fixture("rotate", "100 x 50 rotated a quarter turn, then a box", new Row(
                        box("rotate-box", 100, 50).rotate(Math.PI / 2), box("rotate-next", 20, 20)).tight(true)),
                fixture("scale", "100 x 50 scaled 2, then a box", new Row(
                        box("scale-box", 100, 50).scale(2), box("scale-next", 20, 20)).tight(true)),
                fixture("offset", "100 x 50 offset (0.5, 0.25), then a box", new Row(
                        box("offset-box", 100, 50).offset(new Offset(0.5, 0.25)), box("offset-next", 20, 20))
                        .tight(true)),
                fixture("scroll", "Column 150 high, scroll auto, " + LINES + " lines",
                        new Column(lines("scroll", LINES)).scroll(ScrollMode.AUTO).height(150)),
                fixture("auto-scroll", "Column 150 high, scroll auto, auto_scroll", new Column(log, add)));
    }

    private static Text[] lines(String prefix, int count) {
        Text[] lines = new Text[count];
        for (int i = 0; i < count; i++) {
            lines[i] = new Text(prefix + " line " + i);
        }
        return lines;
    }
}
