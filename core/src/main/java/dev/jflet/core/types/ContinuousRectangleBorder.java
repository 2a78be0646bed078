package dev.jflet.core.types;

/** A rectangle whose corners blend smoothly into its sides (a squircle): Flet's {@code ContinuousRectangleBorder}. */
public final class ContinuousRectangleBorder extends CornerBorder {
    /** Square corners. */
    public ContinuousRectangleBorder() {
        this(null, null);
    }

    /** The same radius on every corner, in logical pixels. */
    public ContinuousRectangleBorder(double radius) {
        this((Object) radius, null);
    }

    /** A radius per corner. */
    public ContinuousRectangleBorder(BorderRadius radius) {
        this(checkedRadius(radius), null);
    }

    private ContinuousRectangleBorder(Object radius, BorderSide side) {
        super(radius, side);
    }

    /** Returns a copy outlined with {@code side}. */
    public ContinuousRectangleBorder side(BorderSide side) {
        return new ContinuousRectangleBorder(radiusValue(), checkedSide(side));
    }

    @Override
    String type() {
        return "continuousRectangle";
    }
}
