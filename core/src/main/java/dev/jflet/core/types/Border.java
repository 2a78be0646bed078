package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The four sides of a box's border: Flet's {@code Border}. Sent as {@code {top, right, bottom, left}}, each a
 * {@link BorderSide} map; a side that was not given is {@link BorderSide#NONE}.
 */
public final class Border implements WireValue {
    /** No border on any side. */
    public static final Border NONE = new Border(BorderSide.NONE, BorderSide.NONE, BorderSide.NONE, BorderSide.NONE);

    private final BorderSide top;
    private final BorderSide right;
    private final BorderSide bottom;
    private final BorderSide left;

    private Border(BorderSide top, BorderSide right, BorderSide bottom, BorderSide left) {
        this.top = Objects.requireNonNull(top, "top");
        this.right = Objects.requireNonNull(right, "right");
        this.bottom = Objects.requireNonNull(bottom, "bottom");
        this.left = Objects.requireNonNull(left, "left");
    }

    /** The same side on all four edges. */
    public static Border all(BorderSide side) {
        return new Border(side, side, side, side);
    }

    /** A solid border of {@code width} in {@code color} on all four edges. */
    public static Border all(double width, String color) {
        return all(new BorderSide(width, color));
    }

    /** A side for each edge, in Flet's parameter order. */
    public static Border only(BorderSide left, BorderSide top, BorderSide right, BorderSide bottom) {
        return new Border(top, right, bottom, left);
    }

    /** {@code vertical} on the top and bottom, {@code horizontal} on the left and right. */
    public static Border symmetric(BorderSide vertical, BorderSide horizontal) {
        return new Border(vertical, horizontal, vertical, horizontal);
    }

    public BorderSide top() {
        return top;
    }

    /** Returns a copy with {@code side} on top: {@code Border.NONE.top(new BorderSide(3, "red"))}. */
    public Border top(BorderSide side) {
        return new Border(side, right, bottom, left);
    }

    public BorderSide right() {
        return right;
    }

    /** Returns a copy with {@code side} on the right. */
    public Border right(BorderSide side) {
        return new Border(top, side, bottom, left);
    }

    public BorderSide bottom() {
        return bottom;
    }

    /** Returns a copy with {@code side} at the bottom. */
    public Border bottom(BorderSide side) {
        return new Border(top, right, side, left);
    }

    public BorderSide left() {
        return left;
    }

    /** Returns a copy with {@code side} on the left. */
    public Border left(BorderSide side) {
        return new Border(top, right, bottom, side);
    }

    @Override
    public Object toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("top", top.toWire());
        m.put("right", right.toWire());
        m.put("bottom", bottom.toWire());
        m.put("left", left.toWire());
        return m;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Border)) {
            return false;
        }
        Border b = (Border) o;
        return b.top.equals(top) && b.right.equals(right) && b.bottom.equals(bottom) && b.left.equals(left);
    }

    @Override
    public int hashCode() {
        return Objects.hash(top, right, bottom, left);
    }

    @Override
    public String toString() {
        return "Border" + toWire();
    }
}
