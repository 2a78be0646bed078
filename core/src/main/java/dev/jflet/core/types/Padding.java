package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.LinkedHashMap;
import java.util.Map;

/** Space around the inside of a control, in logical pixels; also used for margins. */
public final class Padding implements WireValue {
    /** No padding. */
    public static final Padding ZERO = new Padding(0, 0, 0, 0);

    private final double left;
    private final double top;
    private final double right;
    private final double bottom;

    private Padding(double left, double top, double right, double bottom) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    /** The same padding on all four sides. */
    public static Padding all(double value) {
        return new Padding(value, value, value, value);
    }

    /** Padding for each side. */
    public static Padding only(double left, double top, double right, double bottom) {
        return new Padding(left, top, right, bottom);
    }

    /** {@code horizontal} on the left and right, {@code vertical} on the top and bottom. */
    public static Padding symmetric(double horizontal, double vertical) {
        return new Padding(horizontal, vertical, horizontal, vertical);
    }

    /** Reads the wire form: a number (all sides) or a map with optional sides. */
    public static Padding fromWire(Object wire) {
        if (wire instanceof Number) {
            return all(((Number) wire).doubleValue());
        }
        if (wire instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) wire;
            return new Padding(side(m, "left"), side(m, "top"), side(m, "right"), side(m, "bottom"));
        }
        throw new IllegalArgumentException("expected a number or a map with left/top/right/bottom, got " + wire);
    }

    private static double side(Map<?, ?> m, String name) {
        Object v = m.get(name);
        if (v == null) {
            return 0;
        }
        if (!(v instanceof Number)) {
            throw new IllegalArgumentException("padding side '" + name + "' must be a number, got " + v);
        }
        return ((Number) v).doubleValue();
    }

    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double right() {
        return right;
    }

    public double bottom() {
        return bottom;
    }

    @Override
    public Object toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "left", left);
        put(m, "top", top);
        put(m, "right", right);
        put(m, "bottom", bottom);
        return m;
    }

    private static void put(Map<String, Object> m, String k, double v) {
        if (v != 0) {
            m.put(k, v);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Padding)) {
            return false;
        }
        Padding p = (Padding) o;
        return p.left == left && p.top == top && p.right == right && p.bottom == bottom;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(left) * 31 * 31 * 31 + Double.hashCode(top) * 31 * 31 + Double.hashCode(right) * 31
                + Double.hashCode(bottom);
    }

    @Override
    public String toString() {
        return "Padding(" + left + ", " + top + ", " + right + ", " + bottom + ")";
    }
}
