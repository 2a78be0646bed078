package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How children are placed along a row's or column's cross axis: Flet's {@code CrossAxisAlignment}. */
public enum CrossAxisAlignment implements WireValue {
    START("start"),
    END("end"),
    CENTER("center"),
    STRETCH("stretch"),
    BASELINE("baseline");

    private final String value;

    CrossAxisAlignment(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "start"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
