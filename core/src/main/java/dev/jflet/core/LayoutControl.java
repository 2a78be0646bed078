package dev.jflet.core;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.OptionalDouble;

/**
 * A visual control with size and the shared fluent setters; {@code S} is the concrete type, so
 * setters chain: {@code new Text("a").size(20).key("title")}.
 */
public abstract class LayoutControl<S extends LayoutControl<S>> extends Control {
    /** Width in logical pixels. */
    protected static final Prop<Double> WIDTH = Prop.outbound("width", null);
    /** Height in logical pixels. */
    protected static final Prop<Double> HEIGHT = Prop.outbound("height", null);

    /** Properties shared by layout controls. */
    protected static final PropSet PROPS = PropSet.of(Control.PROPS, WIDTH, HEIGHT);

    protected LayoutControl(String type, PropSet props) {
        super(type, props);
    }

    @SuppressWarnings("unchecked")
    protected final S self() {
        return (S) this;
    }

    /** Sets the key used to match list items and to find the control in tests. */
    public S key(String key) {
        set(KEY, key);
        return self();
    }

    /** Shows or hides the control. */
    public S visible(boolean visible) {
        set(VISIBLE, visible);
        return self();
    }

    /** Disables the control and everything inside it. */
    public S disabled(boolean disabled) {
        set(DISABLED, disabled);
        return self();
    }

    /** Makes the control take the free space of an expanding parent (Column, Row, View). */
    public S expand(boolean expand) {
        set(EXPAND, expand ? Boolean.TRUE : null);
        return self();
    }

    /** Makes the control take {@code flex} shares of the free space of an expanding parent. */
    public S expand(int flex) {
        if (flex < 0) {
            throw new IllegalArgumentException("expand flex < 0: " + flex);
        }
        set(EXPAND, flex == 0 ? null : (Object) flex);
        return self();
    }

    /** Sets the opacity, from 0.0 (invisible) to 1.0. */
    public S opacity(double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be between 0.0 and 1.0: " + opacity);
        }
        set(OPACITY, opacity);
        return self();
    }

    public double opacity() {
        return get(OPACITY);
    }

    /** Sets the tooltip text. */
    public S tooltip(String tooltip) {
        set(TOOLTIP, tooltip);
        return self();
    }

    /** Sets the width in logical pixels. */
    public S width(double width) {
        set(WIDTH, width);
        return self();
    }

    public OptionalDouble width() {
        Double w = get(WIDTH);
        return w == null ? OptionalDouble.empty() : OptionalDouble.of(w);
    }

    /** Sets the height in logical pixels. */
    public S height(double height) {
        set(HEIGHT, height);
        return self();
    }

    public OptionalDouble height() {
        Double h = get(HEIGHT);
        return h == null ? OptionalDouble.empty() : OptionalDouble.of(h);
    }
}
