package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.LinkedHashMap;
import java.util.Map;

/** Internal: the shared part of value types sent as {@code {x, y}} ({@link Alignment}, {@link Offset}). */
abstract class XyValue implements WireValue {
    private final double x;
    private final double y;

    XyValue(double x, double y) {
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
        return o != null && o.getClass() == getClass() && ((XyValue) o).x == x && ((XyValue) o).y == y;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(x) * 31 + Double.hashCode(y);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + x + ", " + y + ")";
    }
}
