package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.CrossAxisAlignment;
import dev.jflet.core.types.MainAxisAlignment;
import dev.jflet.core.types.ScrollMode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out its controls in a 12-column grid that wraps by screen width, like Bootstrap: Flet's
 * {@code ResponsiveRow}. Each child spans {@code col(...)} columns, per breakpoint if given.
 */
public class ResponsiveRow extends LayoutControl<ResponsiveRow> {
    /** Flet's breakpoints, in logical pixels: xs 0, sm 576, md 768, lg 992, xl 1200, xxl 1400. */
    public static final Map<String, Integer> DEFAULT_BREAKPOINTS = defaultBreakpoints();

    /** The children. */
    static final Prop<List<Control>> CONTROLS = Prop.controls("controls");
    /** Number of columns: a number, or a map of breakpoint to number. */
    static final Prop<Object> COLUMNS = Prop.outbound("columns", 12);
    /** Horizontal alignment of the children in a run. */
    static final Prop<String> ALIGNMENT = Prop.outbound("alignment", "start");
    /** Vertical alignment of the children in a run. */
    static final Prop<String> VERTICAL_ALIGNMENT = Prop.outbound("vertical_alignment", "start");
    /** Space between children in a run. */
    static final Prop<Double> SPACING = Prop.outbound("spacing", 10.0);
    /** Space between runs. */
    static final Prop<Double> RUN_SPACING = Prop.outbound("run_spacing", 10.0);
    /** Minimum widths of the breakpoints; always sent, as Flet does. */
    static final Prop<Map<String, Object>> BREAKPOINTS = Prop.outbound("breakpoints", null);
    /** Scroll mode. */
    static final Prop<String> SCROLL = Prop.outbound("scroll", null);

    static final PropSet RESPONSIVE_ROW_PROPS = PropSet.of(LayoutControl.PROPS, CONTROLS, COLUMNS, ALIGNMENT,
            VERTICAL_ALIGNMENT, SPACING, RUN_SPACING, BREAKPOINTS, SCROLL);

    public ResponsiveRow(Control... controls) {
        this(List.of(controls));
    }

    public ResponsiveRow(List<? extends Control> controls) {
        super("ResponsiveRow", RESPONSIVE_ROW_PROPS);
        set(BREAKPOINTS, Collections.unmodifiableMap(new LinkedHashMap<>(DEFAULT_BREAKPOINTS)));
        controls().addAll(controls);
    }

    private static Map<String, Integer> defaultBreakpoints() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("xs", 0);
        m.put("sm", 576);
        m.put("md", 768);
        m.put("lg", 992);
        m.put("xl", 1200);
        m.put("xxl", 1400);
        return Collections.unmodifiableMap(m);
    }

    /** The children; changes are sent with the next update. */
    public List<Control> controls() {
        return controls(CONTROLS);
    }

    /** Sets the number of columns (12 by default). */
    public ResponsiveRow columns(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns < 1: " + columns);
        }
        set(COLUMNS, columns);
        return this;
    }

    /** Sets the horizontal alignment of the children in a run. */
    public ResponsiveRow alignment(MainAxisAlignment alignment) {
        set(ALIGNMENT, alignment.value());
        return this;
    }

    /** Sets the vertical alignment of the children in a run. */
    public ResponsiveRow verticalAlignment(CrossAxisAlignment alignment) {
        set(VERTICAL_ALIGNMENT, alignment.value());
        return this;
    }

    /** Sets the space between children in a run. */
    public ResponsiveRow spacing(double spacing) {
        set(SPACING, spacing);
        return this;
    }

    /** Sets the space between runs. */
    public ResponsiveRow runSpacing(double spacing) {
        set(RUN_SPACING, spacing);
        return this;
    }

    /** Replaces the breakpoints: names to minimum widths in logical pixels. */
    public ResponsiveRow breakpoints(Map<String, ? extends Number> breakpoints) {
        set(BREAKPOINTS, Collections.unmodifiableMap(new LinkedHashMap<String, Object>(breakpoints)));
        return this;
    }

    /** Sets the scroll mode. */
    public ResponsiveRow scroll(ScrollMode mode) {
        set(SCROLL, mode.value());
        return this;
    }
}
