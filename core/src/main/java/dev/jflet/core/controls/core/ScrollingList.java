package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.ScrollableControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.ClipBehavior;
import dev.jflet.core.types.Padding;

import java.util.List;

/**
 * What {@link ListView} and {@link GridView} share (flet-protocol.md §5.2): children in a scrolling viewport,
 * vertical or horizontal, optionally reversed, with padding inside. They always scroll when their children do not
 * fit, so give them a height (or {@code expand}) in a Column.
 */
public abstract class ScrollingList<S extends ScrollingList<S>> extends ScrollableControl<S> {
    /** The children. */
    static final Prop<List<Control>> CONTROLS = Prop.controls("controls");
    /** Whether the children are laid out horizontally. */
    static final Prop<Boolean> HORIZONTAL = Prop.outbound("horizontal", false);
    /** Whether the list starts at the end: the bottom, or the right when horizontal. */
    static final Prop<Boolean> REVERSE = Prop.outbound("reverse", false);
    /** Space between the viewport's edges and the children: a number or a {@link Padding}. */
    static final Prop<Object> PADDING = Prop.outbound("padding", null);
    /** How many children contribute to the accessibility tree. */
    static final Prop<Integer> SEMANTIC_CHILD_COUNT = Prop.outbound("semantic_child_count", null);
    /** How many logical pixels outside the viewport are laid out ahead of scrolling. */
    static final Prop<Double> CACHE_EXTENT = Prop.outbound("cache_extent", null);
    /** Whether children are built only when scrolled into view. */
    static final Prop<Boolean> BUILD_CONTROLS_ON_DEMAND = Prop.outbound("build_controls_on_demand", true);

    /** The properties both lists declare; {@code clip} is each list's clip_behavior with its own default. */
    static PropSet props(Prop<String> clip, Prop<?>... own) {
        PropSet base = PropSet.of(ScrollableControl.PROPS, CONTROLS, HORIZONTAL, REVERSE, PADDING,
                SEMANTIC_CHILD_COUNT, CACHE_EXTENT, BUILD_CONTROLS_ON_DEMAND, clip);
        return PropSet.of(base, own);
    }

    private final Prop<String> clipBehavior;

    ScrollingList(String type, PropSet props, Prop<String> clipBehavior, List<? extends Control> controls) {
        super(type, props);
        this.clipBehavior = clipBehavior;
        controls().addAll(controls);
    }

    /** The children; changes are sent with the next update. */
    public List<Control> controls() {
        return controls(CONTROLS);
    }

    /** Lays the children out horizontally. */
    public S horizontal(boolean horizontal) {
        set(HORIZONTAL, horizontal);
        return self();
    }

    /** Starts the list at the end: the bottom, or the right when horizontal. */
    public S reverse(boolean reverse) {
        set(REVERSE, reverse);
        return self();
    }

    /** Sets the space between the viewport's edges and the children. */
    public S padding(Padding padding) {
        set(PADDING, padding);
        return self();
    }

    /** Sets the same space on all sides between the viewport's edges and the children. */
    public S padding(double all) {
        set(PADDING, all);
        return self();
    }

    /** Sets how many children contribute to the accessibility tree. */
    public S semanticChildCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("semanticChildCount < 0: " + count);
        }
        set(SEMANTIC_CHILD_COUNT, count);
        return self();
    }

    /** Sets how many logical pixels outside the viewport are laid out ahead of scrolling. */
    public S cacheExtent(double pixels) {
        set(CACHE_EXTENT, pixels);
        return self();
    }

    /** Builds every child up front ({@code false}) or only when scrolled into view. */
    public S buildControlsOnDemand(boolean onDemand) {
        set(BUILD_CONTROLS_ON_DEMAND, onDemand);
        return self();
    }

    /** Sets how the children are clipped to the viewport. */
    public S clipBehavior(ClipBehavior clip) {
        set(clipBehavior, clip.value());
        return self();
    }
}
