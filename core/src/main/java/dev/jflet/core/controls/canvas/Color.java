package dev.jflet.core.controls.canvas;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.BlendMode;

/** Paints the whole canvas in one color, blended with what is below: Flet's {@code canvas.Color}. */
public class Color extends Shape<Color> {
    /** The color painted. */
    static final Prop<String> COLOR = Prop.outbound("color", "black");
    /** How the color combines with what is already drawn. */
    static final Prop<String> BLEND_MODE = Prop.outbound("blend_mode", "srcOver");

    static final PropSet COLOR_PROPS = PropSet.of(Control.PROPS, COLOR, BLEND_MODE);

    public Color(String color) {
        super("Color", COLOR_PROPS);
        color(color);
    }

    /** Sets the color painted. */
    public Color color(String color) {
        set(COLOR, color);
        return this;
    }

    public String color() {
        return get(COLOR);
    }

    /** Sets how the color combines with what is already drawn. */
    public Color blendMode(BlendMode mode) {
        set(BLEND_MODE, mode.value());
        return this;
    }
}
