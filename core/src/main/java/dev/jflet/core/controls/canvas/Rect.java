package dev.jflet.core.controls.canvas;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.BorderRadius;

import java.util.Objects;

/** A rectangle, optionally with rounded corners: Flet's {@code canvas.Rect}. */
public class Rect extends BoxedShape<Rect> {
    /** Corner radii; like Flet, always sent (all zero by default). */
    static final Prop<BorderRadius> BORDER_RADIUS = Prop.outbound("border_radius", null);

    static final PropSet RECT_PROPS = PropSet.of(BOXED_PROPS, BORDER_RADIUS);

    /** A rectangle with its top-left corner at ({@code x}, {@code y}). */
    public Rect(double x, double y, double width, double height) {
        super("Rect", RECT_PROPS, x, y, width, height);
        set(BORDER_RADIUS, BorderRadius.all(0));
    }

    /** Rounds all corners by {@code radius}. */
    public Rect borderRadius(double radius) {
        return borderRadius(BorderRadius.all(radius));
    }

    /** Rounds each corner by its own radius. */
    public Rect borderRadius(BorderRadius radius) {
        set(BORDER_RADIUS, Objects.requireNonNull(radius, "radius"));
        return this;
    }

    public BorderRadius borderRadius() {
        return get(BORDER_RADIUS);
    }
}
