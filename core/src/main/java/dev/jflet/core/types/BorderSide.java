package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One side of a border: Flet's {@code BorderSide}. Sent as a map without the defaults: width 1.0, color
 * {@code "black"}, stroke_align -1.0 (inside) and style {@code "solid"} ({@code new BorderSide(1, "blue")} is
 * {@code {color: "blue"}}).
 */
public final class BorderSide implements WireValue {
    /** No border on this side: width 0, style none. */
    public static final BorderSide NONE = new BorderSide(0, "black", -1, BorderStyle.NONE);

    private final double width;
    private final String color;
    private final double strokeAlign;
    private final BorderStyle style;

    /** A solid black side of {@code width} logical pixels. */
    public BorderSide(double width) {
        this(width, "black");
    }

    /** A solid side of {@code width} logical pixels in {@code color}. */
    public BorderSide(double width, String color) {
        this(width, color, -1, BorderStyle.SOLID);
    }

    private BorderSide(double width, String color, double strokeAlign, BorderStyle style) {
        if (width < 0) {
            throw new IllegalArgumentException("border width < 0: " + width);
        }
        this.width = width;
        this.color = Objects.requireNonNull(color, "color");
        this.strokeAlign = strokeAlign;
        this.style = Objects.requireNonNull(style, "style");
    }

    /** No border on this side: Flet's {@code BorderSide.none()}. */
    public static BorderSide none() {
        return NONE;
    }

    public double width() {
        return width;
    }

    public String color() {
        return color;
    }

    public double strokeAlign() {
        return strokeAlign;
    }

    /** Returns a copy drawn at {@code align}: -1.0 inside the edge, 0.0 centered on it, 1.0 outside. */
    public BorderSide strokeAlign(double align) {
        return new BorderSide(width, color, align, style);
    }

    public BorderStyle style() {
        return style;
    }

    /** Returns a copy with {@code style}. */
    public BorderSide style(BorderStyle style) {
        return new BorderSide(width, color, strokeAlign, style);
    }

    @Override
    public Object toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (width != 1.0) {
            m.put("width", width);
        }
        if (!color.equals("black")) {
            m.put("color", color);
        }
        if (strokeAlign != -1.0) {
            m.put("stroke_align", strokeAlign);
        }
        if (style != BorderStyle.SOLID) {
            m.put("style", style.value());
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BorderSide)) {
            return false;
        }
        BorderSide b = (BorderSide) o;
        return b.width == width && b.color.equals(color) && b.strokeAlign == strokeAlign && b.style == style;
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, color, strokeAlign, style);
    }

    @Override
    public String toString() {
        return "BorderSide" + toWire();
    }
}
