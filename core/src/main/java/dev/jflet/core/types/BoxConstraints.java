package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sizes a box may take: Flet's {@code BoxConstraints}. Sent as {@code {min_width, min_height, max_width,
 * max_height}}, all four always present, as Flet's plain dataclass is; an unbounded maximum is infinity.
 */
public final class BoxConstraints implements WireValue {
    /** No limits: from zero to unbounded in both directions. */
    public static final BoxConstraints NONE = new BoxConstraints(0, 0, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY);

    private final double minWidth;
    private final double minHeight;
    private final double maxWidth;
    private final double maxHeight;

    private BoxConstraints(double minWidth, double minHeight, double maxWidth, double maxHeight) {
        check("width", minWidth, maxWidth);
        check("height", minHeight, maxHeight);
        this.minWidth = minWidth;
        this.minHeight = minHeight;
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
    }

    private static void check(String axis, double min, double max) {
        if (!(min >= 0 && min <= max)) {
            throw new IllegalArgumentException("BoxConstraints need 0 <= min_" + axis + " <= max_" + axis + ": min "
                    + min + ", max " + max);
        }
    }

    /** Constraints with the given limits, in Flet's parameter order; pass infinity for an unbounded maximum. */
    public static BoxConstraints of(double minWidth, double minHeight, double maxWidth, double maxHeight) {
        return new BoxConstraints(minWidth, minHeight, maxWidth, maxHeight);
    }

    /** Returns a copy with the smallest width. */
    public BoxConstraints minWidth(double width) {
        return new BoxConstraints(width, minHeight, maxWidth, maxHeight);
    }

    /** Returns a copy with the smallest height. */
    public BoxConstraints minHeight(double height) {
        return new BoxConstraints(minWidth, height, maxWidth, maxHeight);
    }

    /** Returns a copy with the largest width. */
    public BoxConstraints maxWidth(double width) {
        return new BoxConstraints(minWidth, minHeight, width, maxHeight);
    }

    /** Returns a copy with the largest height. */
    public BoxConstraints maxHeight(double height) {
        return new BoxConstraints(minWidth, minHeight, maxWidth, height);
    }

    /** The smallest width. */
    public double minWidth() {
        return minWidth;
    }

    /** The smallest height. */
    public double minHeight() {
        return minHeight;
    }

    /** The largest width; infinity when unbounded. */
    public double maxWidth() {
        return maxWidth;
    }

    /** The largest height; infinity when unbounded. */
    public double maxHeight() {
        return maxHeight;
    }

    @Override
    public Object toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min_width", minWidth);
        m.put("min_height", minHeight);
        m.put("max_width", maxWidth);
        m.put("max_height", maxHeight);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoxConstraints && ((BoxConstraints) o).toWire().equals(toWire());
    }

    @Override
    public int hashCode() {
        return toWire().hashCode();
    }

    @Override
    public String toString() {
        return "BoxConstraints" + toWire();
    }
}
