package dev.jflet.core.controls.canvas;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

/** A circle: Flet's {@code canvas.Circle}. */
public class Circle extends PaintedShape<Circle> {
    /** Center x. */
    static final Prop<Double> X = Prop.outbound("x", null);
    /** Center y. */
    static final Prop<Double> Y = Prop.outbound("y", null);
    /** Radius in logical pixels. */
    static final Prop<Double> RADIUS = Prop.outbound("radius", 0.0);

    static final PropSet CIRCLE_PROPS = PropSet.of(PAINTED_PROPS, X, Y, RADIUS);

    /** A circle around ({@code x}, {@code y}). */
    public Circle(double x, double y, double radius) {
        super("Circle", CIRCLE_PROPS);
        center(x, y).radius(radius);
    }

    /** Moves the center to ({@code x}, {@code y}). */
    public Circle center(double x, double y) {
        finite("Circle center", x, y);
        set(X, x);
        set(Y, y);
        return this;
    }

    /** Sets the radius. */
    public Circle radius(double radius) {
        if (!(radius >= 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("Circle radius must be finite and >= 0: " + radius);
        }
        set(RADIUS, radius);
        return this;
    }

    public double x() {
        return get(X);
    }

    public double y() {
        return get(Y);
    }

    public double radius() {
        return get(RADIUS);
    }
}
