package dev.jflet.core;

import dev.jflet.core.controls.material.Badge;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Alignment;
import dev.jflet.core.types.Animation;
import dev.jflet.core.types.Margin;
import dev.jflet.core.types.Offset;
import dev.jflet.core.types.Tooltip;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A visual control with size, position, transforms and the shared fluent setters (flet-protocol.md §5.1);
 * {@code S} is the concrete type, so setters chain: {@code new Text("a").size(20).key("title")}.
 */
public abstract class LayoutControl<S extends LayoutControl<S>> extends Control {
    /** Width in logical pixels. */
    protected static final Prop<Double> WIDTH = Prop.outbound("width", null);
    /** Height in logical pixels. */
    protected static final Prop<Double> HEIGHT = Prop.outbound("height", null);
    /** Distance from the left edge of a positioning parent (Stack, page overlay). */
    protected static final Prop<Double> LEFT = Prop.outbound("left", null);
    /** Distance from the top edge of a positioning parent. */
    protected static final Prop<Double> TOP = Prop.outbound("top", null);
    /** Distance from the right edge of a positioning parent. */
    protected static final Prop<Double> RIGHT = Prop.outbound("right", null);
    /** Distance from the bottom edge of a positioning parent. */
    protected static final Prop<Double> BOTTOM = Prop.outbound("bottom", null);
    /** Space outside the control: a number (all sides) or a {@link Margin}. */
    protected static final Prop<Object> MARGIN = Prop.outbound("margin", null);
    /** Where the control sits inside the space its parent gives it. */
    protected static final Prop<Alignment> ALIGN = Prop.outbound("align", null);
    /** Columns spanned inside a ResponsiveRow: a number, or a map of breakpoint to number. */
    protected static final Prop<Object> COL = Prop.outbound("col", 12);
    /** A badge on the control: a string or a {@link Badge}. */
    protected static final Prop<Object> BADGE = Prop.outbound("badge", null);
    /** Clockwise rotation in radians around the center. */
    protected static final Prop<Double> ROTATE = Prop.outbound("rotate", null);
    /** Scale factor around the center. */
    protected static final Prop<Double> SCALE = Prop.outbound("scale", null);
    /** Translation as a fraction of the control's size. */
    protected static final Prop<Offset> OFFSET = Prop.outbound("offset", null);
    /** Width divided by height that the control keeps. */
    protected static final Prop<Double> ASPECT_RATIO = Prop.outbound("aspect_ratio", null);
    /** Animates opacity changes: milliseconds or an {@link Animation}. */
    protected static final Prop<Object> ANIMATE_OPACITY = Prop.outbound("animate_opacity", null);
    /** Animates size changes. */
    protected static final Prop<Object> ANIMATE_SIZE = Prop.outbound("animate_size", null);
    /** Animates changes of left/top/right/bottom. */
    protected static final Prop<Object> ANIMATE_POSITION = Prop.outbound("animate_position", null);
    /** Animates changes of {@code align}. */
    protected static final Prop<Object> ANIMATE_ALIGN = Prop.outbound("animate_align", null);
    /** Animates margin changes. */
    protected static final Prop<Object> ANIMATE_MARGIN = Prop.outbound("animate_margin", null);
    /** Animates rotation changes. */
    protected static final Prop<Object> ANIMATE_ROTATION = Prop.outbound("animate_rotation", null);
    /** Animates scale changes. */
    protected static final Prop<Object> ANIMATE_SCALE = Prop.outbound("animate_scale", null);
    /** Animates offset changes. */
    protected static final Prop<Object> ANIMATE_OFFSET = Prop.outbound("animate_offset", null);

    /** Properties shared by layout controls. */
    protected static final PropSet PROPS = PropSet.of(Control.PROPS, WIDTH, HEIGHT, LEFT, TOP, RIGHT, BOTTOM, MARGIN,
            ALIGN, COL, BADGE, ROTATE, SCALE, OFFSET, ASPECT_RATIO, ANIMATE_OPACITY, ANIMATE_SIZE, ANIMATE_POSITION,
            ANIMATE_ALIGN, ANIMATE_MARGIN, ANIMATE_ROTATION, ANIMATE_SCALE, ANIMATE_OFFSET);

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

    /**
     * Lets an expanded control be smaller than its share of the free space: it takes the size its content needs, at
     * most the share (Flutter's {@code Flexible} instead of {@code Expanded}).
     */
    public S expandLoose(boolean loose) {
        set(EXPAND_LOOSE, loose);
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

    /** Sets a tooltip with options, e.g. {@code new Tooltip("Rich").waitDuration(Duration.ofSeconds(1))}. */
    public S tooltip(Tooltip tooltip) {
        set(TOOLTIP, tooltip);
        return self();
    }

    /** Sets the width in logical pixels. */
    public S width(double width) {
        set(WIDTH, width);
        return self();
    }

    public OptionalDouble width() {
        return optional(get(WIDTH));
    }

    /** Sets the height in logical pixels. */
    public S height(double height) {
        set(HEIGHT, height);
        return self();
    }

    public OptionalDouble height() {
        return optional(get(HEIGHT));
    }

    /** Places the control {@code left} pixels from the left edge of a Stack or the page overlay. */
    public S left(double left) {
        set(LEFT, left);
        return self();
    }

    /** Places the control {@code top} pixels from the top edge of a Stack or the page overlay. */
    public S top(double top) {
        set(TOP, top);
        return self();
    }

    /** Places the control {@code right} pixels from the right edge of a Stack or the page overlay. */
    public S right(double right) {
        set(RIGHT, right);
        return self();
    }

    /** Places the control {@code bottom} pixels from the bottom edge of a Stack or the page overlay. */
    public S bottom(double bottom) {
        set(BOTTOM, bottom);
        return self();
    }

    /** Sets the space outside the control. */
    public S margin(Margin margin) {
        set(MARGIN, margin);
        return self();
    }

    /** Sets the same space outside the control on all sides. */
    public S margin(double all) {
        set(MARGIN, all);
        return self();
    }

    /** Sets where the control sits inside the space its parent gives it. */
    public S align(Alignment align) {
        set(ALIGN, align);
        return self();
    }

    /** Sets how many of a ResponsiveRow's columns (12 by default) the control spans at every width. */
    public S col(int columns) {
        set(COL, columns);
        return self();
    }

    /** Sets the columns spanned per breakpoint ({@code xs sm md lg xl xxl}), e.g. {@code Map.of("sm", 6, "md", 4)}. */
    public S col(Map<String, ? extends Number> columns) {
        set(COL, Collections.unmodifiableMap(new LinkedHashMap<String, Object>(columns)));
        return self();
    }

    /** Columns spanned inside a ResponsiveRow: an {@code Integer} or a map of breakpoint to number. */
    public Object col() {
        return get(COL);
    }

    /** Shows a small text badge on the control, e.g. a count. */
    public S badge(String text) {
        set(BADGE, text);
        return self();
    }

    /** Shows a badge with options on the control. */
    public S badge(Badge badge) {
        set(BADGE, badge);
        return self();
    }

    /** Rotates the control clockwise by {@code radians} around its center. */
    public S rotate(double radians) {
        set(ROTATE, radians);
        return self();
    }

    /** Scales the control by {@code factor} around its center. */
    public S scale(double factor) {
        set(SCALE, factor);
        return self();
    }

    /** Moves the control by a fraction of its size: {@code new Offset(0.5, 0)} moves it half its width right. */
    public S offset(Offset offset) {
        set(OFFSET, offset);
        return self();
    }

    /** Keeps the control's width divided by its height at {@code ratio}. */
    public S aspectRatio(double ratio) {
        set(ASPECT_RATIO, ratio);
        return self();
    }

    /** Animates opacity changes linearly over {@code millis} milliseconds. */
    public S animateOpacity(int millis) {
        return animate(ANIMATE_OPACITY, millis);
    }

    /** Animates opacity changes. */
    public S animateOpacity(Animation animation) {
        return animate(ANIMATE_OPACITY, animation);
    }

    /** Animates size changes linearly over {@code millis} milliseconds. */
    public S animateSize(int millis) {
        return animate(ANIMATE_SIZE, millis);
    }

    /** Animates size changes. */
    public S animateSize(Animation animation) {
        return animate(ANIMATE_SIZE, animation);
    }

    /** Animates position changes linearly over {@code millis} milliseconds. */
    public S animatePosition(int millis) {
        return animate(ANIMATE_POSITION, millis);
    }

    /** Animates position changes. */
    public S animatePosition(Animation animation) {
        return animate(ANIMATE_POSITION, animation);
    }

    /** Animates {@code align} changes linearly over {@code millis} milliseconds. */
    public S animateAlign(int millis) {
        return animate(ANIMATE_ALIGN, millis);
    }

    /** Animates {@code align} changes. */
    public S animateAlign(Animation animation) {
        return animate(ANIMATE_ALIGN, animation);
    }

    /** Animates margin changes linearly over {@code millis} milliseconds. */
    public S animateMargin(int millis) {
        return animate(ANIMATE_MARGIN, millis);
    }

    /** Animates margin changes. */
    public S animateMargin(Animation animation) {
        return animate(ANIMATE_MARGIN, animation);
    }

    /** Animates rotation changes linearly over {@code millis} milliseconds. */
    public S animateRotation(int millis) {
        return animate(ANIMATE_ROTATION, millis);
    }

    /** Animates rotation changes. */
    public S animateRotation(Animation animation) {
        return animate(ANIMATE_ROTATION, animation);
    }

    /** Animates scale changes linearly over {@code millis} milliseconds. */
    public S animateScale(int millis) {
        return animate(ANIMATE_SCALE, millis);
    }

    /** Animates scale changes. */
    public S animateScale(Animation animation) {
        return animate(ANIMATE_SCALE, animation);
    }

    /** Animates offset changes linearly over {@code millis} milliseconds. */
    public S animateOffset(int millis) {
        return animate(ANIMATE_OFFSET, millis);
    }

    /** Animates offset changes. */
    public S animateOffset(Animation animation) {
        return animate(ANIMATE_OFFSET, animation);
    }

    private S animate(Prop<Object> prop, int millis) {
        if (millis < 0) {
            throw new IllegalArgumentException(prop.name() + " millis < 0: " + millis);
        }
        set(prop, millis);
        return self();
    }

    private S animate(Prop<Object> prop, Animation animation) {
        set(prop, animation);
        return self();
    }

    /** An absent number as an empty optional. */
    protected static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
