package dev.jflet.core.controls.canvas;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.tree.Nodes;

/**
 * A shape fitted into a box given by its top-left corner, width and height ({@link Rect}, {@link Oval},
 * {@link Arc}).
 *
 * @param <S> the concrete shape type, so setters chain
 */
public abstract class BoxedShape<S extends BoxedShape<S>> extends PaintedShape<S> {
    /** Left edge of the box. */
    static final Prop<Double> X = Prop.outbound("x", null);
    /** Top edge of the box. */
    static final Prop<Double> Y = Prop.outbound("y", null);
    /** Width of the box. */
    static final Prop<Double> WIDTH = Prop.outbound("width", 0.0);
    /** Height of the box. */
    static final Prop<Double> HEIGHT = Prop.outbound("height", 0.0);

    static final PropSet BOXED_PROPS = PropSet.of(PAINTED_PROPS, X, Y, WIDTH, HEIGHT);

    protected BoxedShape(String type, PropSet props, double x, double y, double width, double height) {
        super(type, props);
        position(x, y).size(width, height);
    }

    /** Moves the box's top-left corner to ({@code x}, {@code y}). */
    public S position(double x, double y) {
        finite(Nodes.type(this) + " position", x, y);
        set(X, x);
        set(Y, y);
        return self();
    }

    /** Sets the box's width and height. */
    public S size(double width, double height) {
        finite(Nodes.type(this) + " size", width, height);
        set(WIDTH, width);
        set(HEIGHT, height);
        return self();
    }

    public double x() {
        return get(X);
    }

    public double y() {
        return get(Y);
    }

    public double width() {
        return get(WIDTH);
    }

    public double height() {
        return get(HEIGHT);
    }
}
