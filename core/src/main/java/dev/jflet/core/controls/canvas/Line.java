package dev.jflet.core.controls.canvas;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

/** A straight line, always stroked whatever the paint's style: Flet's {@code canvas.Line}. */
public class Line extends PaintedShape<Line> {
    /** Start x. */
    static final Prop<Double> X1 = Prop.outbound("x1", null);
    /** Start y. */
    static final Prop<Double> Y1 = Prop.outbound("y1", null);
    /** End x. */
    static final Prop<Double> X2 = Prop.outbound("x2", null);
    /** End y. */
    static final Prop<Double> Y2 = Prop.outbound("y2", null);

    static final PropSet LINE_PROPS = PropSet.of(PAINTED_PROPS, X1, Y1, X2, Y2);

    /** A line from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}). */
    public Line(double x1, double y1, double x2, double y2) {
        super("Line", LINE_PROPS);
        from(x1, y1).to(x2, y2);
    }

    /** Moves the start to ({@code x}, {@code y}). */
    public Line from(double x, double y) {
        finite("Line start", x, y);
        set(X1, x);
        set(Y1, y);
        return this;
    }

    /** Moves the end to ({@code x}, {@code y}). */
    public Line to(double x, double y) {
        finite("Line end", x, y);
        set(X2, x);
        set(Y2, y);
        return this;
    }

    public double x1() {
        return get(X1);
    }

    public double y1() {
        return get(Y1);
    }

    public double x2() {
        return get(X2);
    }

    public double y2() {
        return get(Y2);
    }
}
