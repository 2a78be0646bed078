package dev.jflet.core.types;

/** A rectangle with rounded corners: Flet's {@code RoundedRectangleBorder}. */
public final class RoundedRectangleBorder extends CornerBorder {
    /** Square corners. */
    public RoundedRectangleBorder() {
        this(null, null);
    }

    /** The same radius on every corner, in logical pixels. */
    public RoundedRectangleBorder(double radius) {
        this((Object) radius, null);
    }

    /** A radius per corner. */
    public RoundedRectangleBorder(BorderRadius radius) {
        this(checkedRadius(radius), null);
    }

    private RoundedRectangleBorder(Object radius, BorderSide side) {
        super(radius, side);
    }

    /** Returns a copy outlined with {@code side}. */
    public RoundedRectangleBorder side(BorderSide side) {
        return new RoundedRectangleBorder(radiusValue(), checkedSide(side));
    }

    @Override
    String type() {
        return "roundedRectangle";
    }
}
