package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/**
 * Space on the four sides of a box, in logical pixels: what {@link Padding} and {@link Margin} share.
 *
 * <p>On the wire it is a map {@code {left, top, right, bottom}} with zero sides left out
 * (flet-protocol.md §2.6).
 */
public abstract class EdgeInsets implements WireValue {
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;

    EdgeInsets(double left, double top, double right, double bottom) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
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

    /** The type's name for {@link #toString()}. */
    abstract String typeName();

    @Override
    public Object toWire() {
        return new SparseMap().put("left", left).put("top", top).put("right", right).put("bottom", bottom).toMap();
    }

    @Override
    public boolean equals(Object o) {
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        EdgeInsets p = (EdgeInsets) o;
        return p.left == left && p.top == top && p.right == right && p.bottom == bottom;
    }

    @Override
    public int hashCode() {
        return ((Double.hashCode(left) * 31 + Double.hashCode(top)) * 31 + Double.hashCode(right)) * 31
                + Double.hashCode(bottom);
    }

    @Override
    public String toString() {
        return typeName() + "(" + left + ", " + top + ", " + right + ", " + bottom + ")";
    }
}
