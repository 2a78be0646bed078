package dev.jflet.core.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a canvas shape is drawn: Flet's {@code Paint}. Immutable; each setter returns a copy, so it reads like Flet's
 * keyword arguments: {@code new Paint().color(Colors.RED).strokeWidth(2).style(PaintingStyle.STROKE)}. Only the
 * fields that were set are sent; unset fields use Flutter's defaults (opaque black, filled, hairline stroke).
 */
public final class Paint extends SparseValue<Paint> {
    /** A paint that sets nothing: shapes are filled in opaque black. */
    public Paint() {
        super(none());
    }

    private Paint(Map<String, Object> fields) {
        super(fields);
    }

    @Override
    Paint copy(Map<String, Object> fields) {
        return new Paint(fields);
    }

    @Override
    String typeName() {
        return "Paint";
    }

    /** Sets the color that strokes or fills the shape. */
    public Paint color(String color) {
        return with("color", color);
    }

    public Optional<String> color() {
        return string("color");
    }

    /** Sets how the shape's colors combine with what is already drawn. */
    public Paint blendMode(BlendMode mode) {
        return with("blend_mode", mode.value());
    }

    /** Sets whether edges are anti-aliased (the default) or drawn crisp. */
    public Paint antiAlias(boolean antiAlias) {
        return with("anti_alias", antiAlias);
    }

    /** Paints with a gradient instead of the color. */
    public Paint gradient(PaintGradient gradient) {
        return with("gradient", gradient);
    }

    /** Sets how the ends of stroked lines look. */
    public Paint strokeCap(StrokeCap cap) {
        return with("stroke_cap", cap.value());
    }

    /** Sets how the corners of stroked lines look. */
    public Paint strokeJoin(StrokeJoin join) {
        return with("stroke_join", join.value());
    }

    /** Sets the limit beyond which mitered corners are beveled. */
    public Paint strokeMiterLimit(double limit) {
        return with("stroke_miter_limit", limit);
    }

    /** Sets the width of strokes in logical pixels; 0 draws a one-pixel hairline. */
    public Paint strokeWidth(double width) {
        if (!(width >= 0)) {
            throw new IllegalArgumentException("strokeWidth must be >= 0: " + width);
        }
        return with("stroke_width", width);
    }

    public OptionalDouble strokeWidth() {
        return number("stroke_width");
    }

    /** Dashes strokes: lengths of dash, gap, dash, gap, … in logical pixels. */
    public Paint strokeDashPattern(double... pattern) {
        List<Double> list = new ArrayList<>(pattern.length);
        for (double d : pattern) {
            if (!(d >= 0)) {
                throw new IllegalArgumentException("dash lengths must be >= 0: " + Arrays.toString(pattern));
            }
            list.add(d);
        }
        return with("stroke_dash_pattern", list.isEmpty() ? null : List.copyOf(list));
    }

    /** Sets whether shapes are filled (the default) or outlined. */
    public Paint style(PaintingStyle style) {
        return with("style", style.value());
    }

    public Optional<String> style() {
        return string("style");
    }
}
