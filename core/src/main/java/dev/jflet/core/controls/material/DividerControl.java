package dev.jflet.core.controls.material;

import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.BorderRadius;

/**
 * What {@link Divider} and {@link VerticalDivider} share (flet-protocol.md §5.2): a line of {@code thickness} drawn
 * in the middle of the space the divider takes ({@code height} for a Divider, {@code width} for a VerticalDivider,
 * 16 by default), indented at both ends.
 */
public abstract class DividerControl<S extends DividerControl<S>> extends LayoutControl<S> {
    /** Color of the line. */
    static final Prop<String> COLOR = Prop.outbound("color", null);
    /** Thickness of the line; 0 draws one device pixel. */
    static final Prop<Double> THICKNESS = Prop.outbound("thickness", null);
    /** Empty space before the line's start. */
    static final Prop<Double> LEADING_INDENT = Prop.outbound("leading_indent", null);
    /** Empty space after the line's end. */
    static final Prop<Double> TRAILING_INDENT = Prop.outbound("trailing_indent", null);
    /** Corner radii of the line: a number or a {@link BorderRadius}. */
    static final Prop<Object> RADIUS = Prop.outbound("radius", null);

    static final PropSet DIVIDER_PROPS = PropSet.of(LayoutControl.PROPS, COLOR, THICKNESS, LEADING_INDENT,
            TRAILING_INDENT, RADIUS);

    DividerControl(String type) {
        super(type, DIVIDER_PROPS);
    }

    /** Sets the color of the line. */
    public S color(String color) {
        set(COLOR, color);
        return self();
    }

    /** Sets the thickness of the line; 0 draws one device pixel. */
    public S thickness(double thickness) {
        set(THICKNESS, nonNegative("thickness", thickness));
        return self();
    }

    /** Sets the empty space before the line's start. */
    public S leadingIndent(double indent) {
        set(LEADING_INDENT, nonNegative("leadingIndent", indent));
        return self();
    }

    /** Sets the empty space after the line's end. */
    public S trailingIndent(double indent) {
        set(TRAILING_INDENT, nonNegative("trailingIndent", indent));
        return self();
    }

    /** Rounds the line's corners by {@code radius}. */
    public S radius(double radius) {
        set(RADIUS, nonNegative("radius", radius));
        return self();
    }

    /** Rounds the line's corners. */
    public S radius(BorderRadius radius) {
        set(RADIUS, radius);
        return self();
    }

    private static double nonNegative(String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must be >= 0: " + value);
        }
        return value;
    }
}
