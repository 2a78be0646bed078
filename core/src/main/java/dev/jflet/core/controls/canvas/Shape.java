package dev.jflet.core.controls.canvas;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.PropSet;

/**
 * A drawing on a {@link Canvas}: Flet's {@code canvas.Shape}. Shapes are controls, so changing one and calling
 * {@code update()} redraws only that shape.
 *
 * @param <S> the concrete shape type, so setters chain
 */
public abstract class Shape<S extends Shape<S>> extends Control {
    protected Shape(String type, PropSet props) {
        super(type, props);
    }

    @SuppressWarnings("unchecked")
    protected final S self() {
        return (S) this;
    }

    /** Sets the key that finds the shape in tests and matches it across list changes. */
    public S key(String key) {
        set(KEY, key);
        return self();
    }

    /** Shows or hides the shape. */
    public S visible(boolean visible) {
        set(VISIBLE, visible);
        return self();
    }

    static double[] finite(String what, double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " must be finite: " + v);
            }
        }
        return values;
    }
}
