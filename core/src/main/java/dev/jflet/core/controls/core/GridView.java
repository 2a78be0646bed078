package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;

/**
 * A scrolling grid of controls: Flet's {@code GridView}. Children fill {@code runs_count} equal columns (rows when
 * horizontal), or as many columns as fit when {@code max_extent} is set.
 */
public class GridView extends ScrollingList<GridView> {
    /** How the children are clipped to the viewport. */
    static final Prop<String> CLIP_BEHAVIOR = Prop.outbound("clip_behavior", null);
    /** Number of children across the cross axis. */
    static final Prop<Integer> RUNS_COUNT = Prop.outbound("runs_count", 1);
    /** Largest extent of a child across the cross axis; the grid fits as many as it can. */
    static final Prop<Double> MAX_EXTENT = Prop.outbound("max_extent", null);
    /** Space between children along the main axis. */
    static final Prop<Double> SPACING = Prop.outbound("spacing", 10.0);
    /** Space between children across the cross axis. */
    static final Prop<Double> RUN_SPACING = Prop.outbound("run_spacing", 10.0);
    /** Cross-axis extent of a child divided by its main-axis extent. */
    static final Prop<Double> CHILD_ASPECT_RATIO = Prop.outbound("child_aspect_ratio", 1.0);

    static final PropSet GRID_VIEW_PROPS = props(CLIP_BEHAVIOR, RUNS_COUNT, MAX_EXTENT, SPACING, RUN_SPACING,
            CHILD_ASPECT_RATIO);

    public GridView(Control... controls) {
        this(List.of(controls));
    }

    public GridView(List<? extends Control> controls) {
        super("GridView", GRID_VIEW_PROPS, CLIP_BEHAVIOR, controls);
    }

    /** Sets how many children sit across the cross axis. */
    public GridView runsCount(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("runsCount < 1: " + count);
        }
        set(RUNS_COUNT, count);
        return this;
    }

    public int runsCount() {
        return get(RUNS_COUNT);
    }

    /** Fits as many children across as it can, none wider (taller when horizontal) than {@code extent}. */
    public GridView maxExtent(double extent) {
        if (!(extent > 0)) {
            throw new IllegalArgumentException("maxExtent must be > 0: " + extent);
        }
        set(MAX_EXTENT, extent);
        return this;
    }

    /** Sets the space between children along the main axis. */
    public GridView spacing(double spacing) {
        if (!(spacing >= 0)) {
            throw new IllegalArgumentException("spacing must be >= 0: " + spacing);
        }
        set(SPACING, spacing);
        return this;
    }

    /** Sets the space between children across the cross axis. */
    public GridView runSpacing(double spacing) {
        if (!(spacing >= 0)) {
            throw new IllegalArgumentException("runSpacing must be >= 0: " + spacing);
        }
        set(RUN_SPACING, spacing);
        return this;
    }

    /** Sets each child's cross-axis extent divided by its main-axis extent (1.0, square, by default). */
    public GridView childAspectRatio(double ratio) {
        if (!(ratio > 0)) {
            throw new IllegalArgumentException("childAspectRatio must be > 0: " + ratio);
        }
        set(CHILD_ASPECT_RATIO, ratio);
        return this;
    }
}
