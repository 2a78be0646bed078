package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.ClipBehavior;

import java.util.List;
import java.util.Optional;

/** A scrolling list of controls, one after another: Flet's {@code ListView}. */
public class ListView extends ScrollingList<ListView> {
    /** How the children are clipped to the viewport. */
    static final Prop<String> CLIP_BEHAVIOR = Prop.outbound("clip_behavior", ClipBehavior.HARD_EDGE.value());
    /** Space between children in logical pixels. */
    static final Prop<Double> SPACING = Prop.outbound("spacing", 0.0);
    /** A fixed extent (height, or width when horizontal) for every child. */
    static final Prop<Double> ITEM_EXTENT = Prop.outbound("item_extent", null);
    /** Whether every child takes the extent of the first. */
    static final Prop<Boolean> FIRST_ITEM_PROTOTYPE = Prop.outbound("first_item_prototype", false);
    /** A control, never shown, whose extent every child takes. */
    static final Prop<Control> PROTOTYPE_ITEM = Prop.outbound("prototype_item", null);
    /** Thickness of a divider drawn between children; none when 0. */
    static final Prop<Double> DIVIDER_THICKNESS = Prop.outbound("divider_thickness", 0.0);

    static final PropSet LIST_VIEW_PROPS = props(CLIP_BEHAVIOR, SPACING, ITEM_EXTENT, FIRST_ITEM_PROTOTYPE,
            PROTOTYPE_ITEM, DIVIDER_THICKNESS);

    public ListView(Control... controls) {
        this(List.of(controls));
    }

    public ListView(List<? extends Control> controls) {
        super("ListView", LIST_VIEW_PROPS, CLIP_BEHAVIOR, controls);
    }

    /** Sets the space between children in logical pixels. */
    public ListView spacing(double spacing) {
        if (!(spacing >= 0)) {
            throw new IllegalArgumentException("spacing must be >= 0: " + spacing);
        }
        set(SPACING, spacing);
        return this;
    }

    /** Gives every child the same extent: its height, or its width when horizontal. */
    public ListView itemExtent(double extent) {
        if (!(extent > 0)) {
            throw new IllegalArgumentException("itemExtent must be > 0: " + extent);
        }
        set(ITEM_EXTENT, extent);
        return this;
    }

    /** Gives every child the extent of the first. */
    public ListView firstItemPrototype(boolean prototype) {
        set(FIRST_ITEM_PROTOTYPE, prototype);
        return this;
    }

    /**
     * Gives every child the extent of {@code prototype}, a control laid out at the list's width (its height when
     * horizontal) but never shown; {@code itemExtent} wins over it, and it wins over {@code firstItemPrototype}.
     */
    public ListView prototypeItem(Control prototype) {
        set(PROTOTYPE_ITEM, prototype);
        return this;
    }

    /** The prototype item, if one is set. */
    public Optional<Control> prototypeItem() {
        return Optional.ofNullable(get(PROTOTYPE_ITEM));
    }

    /** Draws a divider of {@code thickness} logical pixels between children; 0 draws none. */
    public ListView dividerThickness(double thickness) {
        if (!(thickness >= 0)) {
            throw new IllegalArgumentException("dividerThickness must be >= 0: " + thickness);
        }
        set(DIVIDER_THICKNESS, thickness);
        return this;
    }
}
