package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Corner radii in logical pixels: Flet's {@code BorderRadius}. Sent as
 * {@code {top_left, top_right, bottom_left, bottom_right}}, all four always present.
 */
public final class BorderRadius implements WireValue {
    /** Square corners. */
    public static final BorderRadius ZERO = new BorderRadius(0, 0, 0, 0);

    private final double topLeft;
    private final double topRight;
    private final double bottomLeft;
    private final double bottomRight;

    private BorderRadius(double topLeft, double topRight, double bottomLeft, double bottomRight) {
        this.topLeft = topLeft;
        this.topRight = topRight;
        this.bottomLeft = bottomLeft;
        this.bottomRight = bottomRight;
    }

    /** The same radius on all four corners. */
    public static BorderRadius all(double radius) {
        return new BorderRadius(radius, radius, radius, radius);
    }

    /** A radius for each corner, in Flet's parameter order. */
    public static BorderRadius only(double topLeft, double topRight, double bottomLeft, double bottomRight) {
        return new BorderRadius(topLeft, topRight, bottomLeft, bottomRight);
    }

    /** {@code left} on both left corners, {@code right} on both right corners. */
    public static BorderRadius horizontal(double left, double right) {
        return new BorderRadius(left, right, left, right);
    }

    /** {@code top} on both top corners, {@code bottom} on both bottom corners. */
    public static BorderRadius vertical(double top, double bottom) {
        return new BorderRadius(top, top, bottom, bottom);
    }

    public double topLeft() {
        return topLeft;
    }

    public double topRight() {
        return topRight;
    }

    public double bottomLeft() {
        return bottomLeft;
    }

    public double bottomRight() {
        return bottomRight;
    }

    @Override
    public Object toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("top_left", topLeft);
        m.put("top_right", topRight);
        m.put("bottom_left", bottomLeft);
        m.put("bottom_right", bottomRight);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BorderRadius)) {
            return false;
        }
        BorderRadius r = (BorderRadius) o;
        return r.topLeft == topLeft && r.topRight == topRight && r.bottomLeft == bottomLeft
                && r.bottomRight == bottomRight;
    }

    @Override
    public int hashCode() {
        return ((Double.hashCode(topLeft) * 31 + Double.hashCode(topRight)) * 31 + Double.hashCode(bottomLeft)) * 31
                + Double.hashCode(bottomRight);
    }

    @Override
    public String toString() {
        return "BorderRadius(" + topLeft + ", " + topRight + ", " + bottomLeft + ", " + bottomRight + ")";
    }
}
