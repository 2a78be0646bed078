package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** Whether a shape is filled or outlined: Flet's {@code PaintingStyle}. */
public enum PaintingStyle implements WireValue {
    FILL("fill"),
    STROKE("stroke");

    private final String value;

    PaintingStyle(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "stroke"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
