package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.ScrollableControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.MainAxisAlignment;

import java.util.List;

/** What {@link Column} and {@link Row} share: children, main-axis alignment, spacing, wrapping and scrolling. */
public abstract class FlexControl<S extends FlexControl<S>> extends ScrollableControl<S> {
    /** The children. */
    static final Prop<List<Control>> CONTROLS = Prop.controls("controls");
    /** Main-axis alignment: {@code start}, {@code end}, {@code center}, {@code spaceBetween}, {@code spaceAround}, {@code spaceEvenly}. */
    static final Prop<String> ALIGNMENT = Prop.outbound("alignment", "start");
    /** Space between children in logical pixels. */
    static final Prop<Double> SPACING = Prop.outbound("spacing", 10.0);
    /** Whether children wrap into more runs when they do not fit. */
    static final Prop<Boolean> WRAP = Prop.outbound("wrap", false);
    /** Space between runs when wrapping. */
    static final Prop<Double> RUN_SPACING = Prop.outbound("run_spacing", 10.0);
    /** Whether the control takes only the space its children need on the main axis. */
    static final Prop<Boolean> TIGHT = Prop.outbound("tight", false);

    static final Prop<String> COLUMN_CROSS = Prop.outbound("horizontal_alignment", "start");
    static final Prop<String> ROW_CROSS = Prop.outbound("vertical_alignment", "center");

    static final PropSet COLUMN_PROPS = PropSet.of(ScrollableControl.PROPS, CONTROLS, ALIGNMENT, SPACING, WRAP,
            RUN_SPACING, TIGHT, COLUMN_CROSS);
    static final PropSet ROW_PROPS = PropSet.of(ScrollableControl.PROPS, CONTROLS, ALIGNMENT, SPACING, WRAP,
            RUN_SPACING, TIGHT, ROW_CROSS);

    FlexControl(String type, List<? extends Control> controls) {
        super(type, "Row".equals(type) ? ROW_PROPS : COLUMN_PROPS);
        internal("host_expanded", true);
        controls().addAll(controls);
    }

    /** The children; changes are sent with the next update. */
    public List<Control> controls() {
        return controls(CONTROLS);
    }

    /** Sets the main-axis alignment: {@code start}, {@code end}, {@code center}, {@code spaceBetween}, … */
    public S alignment(String alignment) {
        set(ALIGNMENT, alignment);
        return self();
    }

    /** Sets the space between children in logical pixels. */
    public S spacing(double spacing) {
        set(SPACING, spacing);
        return self();
    }

    /** Wraps children into more runs when they do not fit. */
    public S wrap(boolean wrap) {
        set(WRAP, wrap);
        return self();
    }

    /** Sets the space between runs when wrapping. */
    public S runSpacing(double spacing) {
        set(RUN_SPACING, spacing);
        return self();
    }

    /** Sets the main-axis alignment, e.g. {@code MainAxisAlignment.SPACE_BETWEEN}. */
    public S alignment(MainAxisAlignment alignment) {
        return alignment(alignment.value());
    }

    /** Takes only the space the children need on the main axis. */
    public S tight(boolean tight) {
        set(TIGHT, tight);
        return self();
    }
}
