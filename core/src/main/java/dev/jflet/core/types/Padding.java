package dev.jflet.core.types;

import java.util.Map;

/** Space inside a control, in logical pixels: Flet's {@code Padding}. */
public final class Padding extends EdgeInsets {
    /** No padding. */
    public static final Padding ZERO = new Padding(0, 0, 0, 0);

    private Padding(double left, double top, double right, double bottom) {
        super(left, top, right, bottom);
    }

    /** The same padding on all four sides. */
    public static Padding all(double value) {
        return new Padding(value, value, value, value);
    }

    /** Padding for each side, in Flet's parameter order. */
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

    @Override
    String typeName() {
        return "Padding";
    }
}
