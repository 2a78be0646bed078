package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.LinkedHashMap;
import java.util.Map;

/** A 2D offset: Flet's {@code Offset}, sent as {@code {x, y}}. */
public final class Offset implements WireValue {
    /** No offset. */
    public static final Offset ZERO = new Offset(0, 0);

    private final double x;
    private final double y;

    public Offset(double x, double y) {
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
        return o instanceof Offset && ((Offset) o).x == x && ((Offset) o).y == y;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(x) * 31 + Double.hashCode(y);
    }

    @Override
    public String toString() {
        return "Offset(" + x + ", " + y + ")";
    }
}
