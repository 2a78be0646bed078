package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How children are placed along a row's or column's main axis: Flet's {@code MainAxisAlignment}. */
public enum MainAxisAlignment implements WireValue {
    START("start"),
    END("end"),
    CENTER("center"),
    SPACE_BETWEEN("spaceBetween"),
    SPACE_AROUND("spaceAround"),
    SPACE_EVENLY("spaceEvenly");

    private final String value;

    MainAxisAlignment(String value) {
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
