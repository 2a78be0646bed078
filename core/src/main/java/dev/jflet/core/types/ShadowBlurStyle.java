package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How a shadow's blur is drawn: Flet's {@code ShadowBlurStyle}. */
public enum ShadowBlurStyle implements WireValue {
    NORMAL("normal"),
    SOLID("solid"),
    OUTER("outer"),
    INNER("inner");

    private final String value;

    ShadowBlurStyle(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "normal"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
