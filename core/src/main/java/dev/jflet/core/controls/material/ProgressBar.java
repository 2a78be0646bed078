package dev.jflet.core.controls.material;

import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.OptionalDouble;

/** A linear progress indicator: Flet's {@code ProgressBar}. Without a value it is indeterminate. */
public class ProgressBar extends LayoutControl<ProgressBar> {
    /** Progress from 0.0 to 1.0; absent for an indeterminate bar. */
    static final Prop<Double> VALUE = Prop.outbound("value", null);
    /** Height of the bar in logical pixels. */
    static final Prop<Double> BAR_HEIGHT = Prop.outbound("bar_height", null);
    /** Color of the progress. */
    static final Prop<String> COLOR = Prop.outbound("color", null);
    /** Color of the track. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Text for screen readers. */
    static final Prop<String> SEMANTICS_LABEL = Prop.outbound("semantics_label", null);

    static final PropSet PROGRESS_BAR_PROPS = PropSet.of(LayoutControl.PROPS, VALUE, BAR_HEIGHT, COLOR, BGCOLOR,
            SEMANTICS_LABEL);

    /** An indeterminate progress bar. */
    public ProgressBar() {
        super("ProgressBar", PROGRESS_BAR_PROPS);
    }

    /** A progress bar at {@code value}, from 0.0 to 1.0. */
    public ProgressBar(double value) {
        this();
        value(value);
    }

    /** Sets the progress, from 0.0 to 1.0. */
    public ProgressBar value(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("ProgressBar value must be between 0.0 and 1.0: " + value);
        }
        set(VALUE, value);
        return this;
    }

    /** Makes the bar indeterminate. */
    public ProgressBar indeterminate() {
        set(VALUE, null);
        return this;
    }

    public OptionalDouble value() {
        Double v = get(VALUE);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Sets the color of the progress. */
    public ProgressBar color(String color) {
        set(COLOR, color);
        return this;
    }

    /** Sets the text screen readers say for the bar. */
    public ProgressBar semanticsLabel(String label) {
        set(SEMANTICS_LABEL, label);
        return this;
    }
}
