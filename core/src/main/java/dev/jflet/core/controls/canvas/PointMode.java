package dev.jflet.core.controls.canvas;

import dev.jflet.core.internal.protocol.WireValue;

/** How {@link Points} joins its points: Flet's {@code PointMode}. */
public enum PointMode implements WireValue {
    /** Each point alone: a round dot with a round stroke cap, otherwise a square, of the stroke width. */
    POINTS("points"),
    /** Each pair of points as a separate line segment. */
    LINES("lines"),
    /** All points as one connected line. */
    POLYGON("polygon");

    private final String value;

    PointMode(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "polygon"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
