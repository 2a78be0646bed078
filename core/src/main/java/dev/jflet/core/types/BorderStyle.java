package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** Whether a border side is drawn: Flet's {@code BorderStyle}. */
public enum BorderStyle implements WireValue {
    NONE("none"),
    SOLID("solid");

    private final String value;

    BorderStyle(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "none"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
