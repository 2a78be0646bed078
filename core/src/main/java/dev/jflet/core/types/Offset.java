package dev.jflet.core.types;

/** A 2D offset: Flet's {@code Offset}, sent as {@code {x, y}}. */
public final class Offset extends XyValue {
    /** No offset. */
    public static final Offset ZERO = new Offset(0, 0);

    public Offset(double x, double y) {
        super(x, y);
    }
}
