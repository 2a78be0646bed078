package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How the corners of stroked lines are drawn: Flet's {@code StrokeJoin}. */
public enum StrokeJoin implements WireValue {
    MITER("miter"),
    ROUND("round"),
    BEVEL("bevel");

    private final String value;

    StrokeJoin(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "miter"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
