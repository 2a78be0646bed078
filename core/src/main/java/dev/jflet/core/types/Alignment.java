package dev.jflet.core.types;

/**
 * A point inside a box, from {@code -1} (left, top) to {@code 1} (right, bottom): Flet's {@code Alignment}.
 * Sent as {@code {x, y}}.
 */
public final class Alignment extends XyValue {
    public static final Alignment TOP_LEFT = new Alignment(-1, -1);
    public static final Alignment TOP_CENTER = new Alignment(0, -1);
    public static final Alignment TOP_RIGHT = new Alignment(1, -1);
    public static final Alignment CENTER_LEFT = new Alignment(-1, 0);
    public static final Alignment CENTER = new Alignment(0, 0);
    public static final Alignment CENTER_RIGHT = new Alignment(1, 0);
    public static final Alignment BOTTOM_LEFT = new Alignment(-1, 1);
    public static final Alignment BOTTOM_CENTER = new Alignment(0, 1);
    public static final Alignment BOTTOM_RIGHT = new Alignment(1, 1);

    /** An alignment at {@code (x, y)}; {@code (0, 0)} is the center. */
    public Alignment(double x, double y) {
        super(x, y);
    }
}
