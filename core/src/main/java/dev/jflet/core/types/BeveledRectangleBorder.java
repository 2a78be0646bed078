package dev.jflet.core.types;

/** A rectangle with corners cut off diagonally: Flet's {@code BeveledRectangleBorder}. */
public final class BeveledRectangleBorder extends CornerBorder {
    /** Square corners. */
    public BeveledRectangleBorder() {
        this(null, null);
    }

    /** The same radius on every corner, in logical pixels. */
    public BeveledRectangleBorder(double radius) {
        this((Object) radius, null);
    }

    /** A radius per corner. */
    public BeveledRectangleBorder(BorderRadius radius) {
        this(checkedRadius(radius), null);
    }

    private BeveledRectangleBorder(Object radius, BorderSide side) {
        super(radius, side);
    }

    /** Returns a copy outlined with {@code side}. */
    public BeveledRectangleBorder side(BorderSide side) {
        return new BeveledRectangleBorder(radiusValue(), checkedSide(side));
    }

    @Override
    String type() {
        return "beveledRectangle";
    }
}
