package dev.jflet.core.controls.material;

import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.OptionalDouble;

/** A circular progress indicator: Flet's {@code ProgressRing}. Without a value it spins (indeterminate). */
public class ProgressRing extends LayoutControl<ProgressRing> {
    /** Progress from 0.0 to 1.0; absent for an indeterminate ring. */
    static final Prop<Double> VALUE = Prop.outbound("value", null);
    /** Width of the ring's stroke. */
    static final Prop<Double> STROKE_WIDTH = Prop.outbound("stroke_width", null);
    /** Color of the progress. */
    static final Prop<String> COLOR = Prop.outbound("color", null);
    /** Color of the track. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Text for screen readers. */
    static final Prop<String> SEMANTICS_LABEL = Prop.outbound("semantics_label", null);

    static final PropSet PROGRESS_RING_PROPS = PropSet.of(LayoutControl.PROPS, VALUE, STROKE_WIDTH, COLOR, BGCOLOR,
            SEMANTICS_LABEL);

    /** An indeterminate progress ring. */
    public ProgressRing() {
        super("ProgressRing", PROGRESS_RING_PROPS);
    }

    /** A progress ring at {@code value}, from 0.0 to 1.0. */
    public ProgressRing(double value) {
        this();
        value(value);
    }

    /** Sets the progress, from 0.0 to 1.0. */
    public ProgressRing value(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("ProgressRing value must be between 0.0 and 1.0: " + value);
        }
        set(VALUE, value);
        return this;
    }

    /** Makes the ring indeterminate. */
    public ProgressRing indeterminate() {
        set(VALUE, null);
        return this;
    }

    public OptionalDouble value() {
        return optional(get(VALUE));
    }

    /** Sets the width of the ring's stroke. */
    public ProgressRing strokeWidth(double width) {
        set(STROKE_WIDTH, width);
        return this;
    }

    /** Sets the color of the progress. */
    public ProgressRing color(String color) {
        set(COLOR, color);
        return this;
    }

    /** Sets the color of the track. */
    public ProgressRing bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Sets the text screen readers say for the ring. */
    public ProgressRing semanticsLabel(String label) {
        set(SEMANTICS_LABEL, label);
        return this;
    }
}
