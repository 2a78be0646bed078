package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How the ends of stroked lines are drawn: Flet's {@code StrokeCap}. */
public enum StrokeCap implements WireValue {
    BUTT("butt"),
    ROUND("round"),
    SQUARE("square");

    private final String value;

    StrokeCap(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "round"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
