package dev.jflet.core.types;

/**
 * Space outside a control, in logical pixels: Flet's {@code Margin}. Same wire form as {@link Padding}; a
 * type of its own so that a margin cannot be passed where a padding is meant.
 */
public final class Margin extends EdgeInsets {
    /** No margin. */
    public static final Margin ZERO = new Margin(0, 0, 0, 0);

    private Margin(double left, double top, double right, double bottom) {
        super(left, top, right, bottom);
    }

    /** The same margin on all four sides. */
    public static Margin all(double value) {
        return new Margin(value, value, value, value);
    }

    /** A margin for each side, in Flet's parameter order. */
    public static Margin only(double left, double top, double right, double bottom) {
        return new Margin(left, top, right, bottom);
    }

    /** {@code horizontal} on the left and right, {@code vertical} on the top and bottom. */
    public static Margin symmetric(double horizontal, double vertical) {
        return new Margin(horizontal, vertical, horizontal, vertical);
    }

    @Override
    String typeName() {
        return "Margin";
    }
}
