package dev.jflet.site.layoutlab;

import static dev.jflet.site.layoutlab.LayoutLab.fixture;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.FilledButton;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.types.BeveledRectangleBorder;
import dev.jflet.core.types.ButtonStyle;
import dev.jflet.core.types.ContinuousRectangleBorder;
import dev.jflet.core.types.ControlState;
import dev.jflet.core.types.FontWeight;
import dev.jflet.core.types.Icons;
import dev.jflet.core.types.OutlinedBorder;
import dev.jflet.core.types.RoundedRectangleBorder;
import dev.jflet.core.types.TextStyle;
import dev.jflet.core.types.VisualDensity;

/** ButtonStyle fields measured against Flutter: visual density, shadow colour, per-state text style, corner kinds. */
final class StyleFixtures {
    /** The background of the shape fixtures, so tests can tell the button's pixels from the page's. */
    static final String SHAPE_COLOR = "#d32f2f";

    private StyleFixtures() {
    }

    static Column build() {
        Row densities = new Row().tight(true);
        for (VisualDensity d : new VisualDensity[] {VisualDensity.STANDARD, VisualDensity.COMFORTABLE,
                VisualDensity.COMPACT}) {
            densities.controls().add(new Button(d.value()).style(new ButtonStyle().visualDensity(d))
                    .key("density-" + d.value()));
        }
        densities.controls().add(new IconButton(Icons.STAR).style(new ButtonStyle()
                .visualDensity(VisualDensity.COMPACT)).key("density-icon-compact"));
        return LayoutLab.group("ButtonStyle",
                fixture("density", "visual_density standard, comfortable, compact; a compact IconButton", densities),
                fixture("shadow-color", "Button elevation 6, shadow_color red", new Button("Red shadow")
                        .style(new ButtonStyle().elevation(6).shadowColor("#ff0000"))),
                fixture("text-states", "text_style 14, hovered 20 bold", new Button("Hover me")
                        .style(new ButtonStyle().textStyle(new TextStyle().size(14))
                                .textStyle(ControlState.HOVERED, new TextStyle().size(20).weight(FontWeight.BOLD)))),
                fixture("shapes", "Corners of radius 16: rounded, beveled, continuous", new Row(
                        shaped("shape-rounded", new RoundedRectangleBorder(16)),
                        shaped("shape-beveled", new BeveledRectangleBorder(16)),
                        shaped("shape-continuous", new ContinuousRectangleBorder(16))).tight(true)));
    }

    private static FilledButton shaped(String key, OutlinedBorder shape) {
        return new FilledButton(key.substring("shape-".length())).style(new ButtonStyle().bgcolor(SHAPE_COLOR)
                .shape(shape)).key(key);
    }
}
