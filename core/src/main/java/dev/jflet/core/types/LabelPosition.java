package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** Which side of a checkbox, switch or radio its label is on: Flet's {@code LabelPosition}. */
public enum LabelPosition implements WireValue {
    RIGHT("right"),
    LEFT("left");

    private final String value;

    LabelPosition(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "right"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
