package dev.jflet.core.controls.canvas;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Paint;

import java.util.Objects;

/**
 * A shape drawn with a {@link Paint}. Like Flet, a shape always sends its paint, {@code {}} when nothing is set
 * (opaque black, filled).
 *
 * @param <S> the concrete shape type, so setters chain
 */
public abstract class PaintedShape<S extends PaintedShape<S>> extends Shape<S> {
    /** How the shape is drawn. */
    static final Prop<Paint> PAINT = Prop.outbound("paint", null);

    static final PropSet PAINTED_PROPS = PropSet.of(Control.PROPS, PAINT);

    protected PaintedShape(String type, PropSet props) {
        super(type, props);
        set(PAINT, new Paint());
    }

    /** Sets how the shape is drawn, e.g. {@code new Paint().color(Colors.RED).strokeWidth(2)}. */
    public S paint(Paint paint) {
        set(PAINT, Objects.requireNonNull(paint, "paint"));
        return self();
    }

    public Paint paint() {
        return get(PAINT);
    }
}
