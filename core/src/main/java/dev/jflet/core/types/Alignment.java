package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A point inside a box, from {@code -1} (left, top) to {@code 1} (right, bottom): Flet's {@code Alignment}.
 * Sent as {@code {x, y}}.
 */
public final class Alignment implements WireValue {
    public static final Alignment TOP_LEFT = new Alignment(-1, -1);
    public static final Alignment TOP_CENTER = new Alignment(0, -1);
    public static final Alignment TOP_RIGHT = new Alignment(1, -1);
    public static final Alignment CENTER_LEFT = new Alignment(-1, 0);
    public static final Alignment CENTER = new Alignment(0, 0);
    public static final Alignment CENTER_RIGHT = new Alignment(1, 0);
    public static final Alignment BOTTOM_LEFT = new Alignment(-1, 1);
    public static final Alignment BOTTOM_CENTER = new Alignment(0, 1);
    public static final Alignment BOTTOM_RIGHT = new Alignment(1, 1);

    private final double x;
    private final double y;

    /** An alignment at {@code (x, y)}; {@code (0, 0)} is the center. */
    public Alignment(double x, double y) {
        this.x = x;
        this.y = y;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    @Override
    public Object toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", x);
        m.put("y", y);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alignment && ((Alignment) o).x == x && ((Alignment) o).y == y;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(x) * 31 + Double.hashCode(y);
    }

    @Override
    public String toString() {
        return "Alignment(" + x + ", " + y + ")";
    }
}
