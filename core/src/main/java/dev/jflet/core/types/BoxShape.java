package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** The shape of a container: Flet's {@code BoxShape}. */
public enum BoxShape implements WireValue {
    RECTANGLE("rectangle"),
    CIRCLE("circle");

    private final String value;

    BoxShape(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "rectangle"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
