package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How text lines are aligned: Flet's {@code TextAlign}. */
public enum TextAlign implements WireValue {
    LEFT("left"),
    RIGHT("right"),
    CENTER("center"),
    JUSTIFY("justify"),
    START("start"),
    END("end");

    private final String value;

    TextAlign(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "left"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
