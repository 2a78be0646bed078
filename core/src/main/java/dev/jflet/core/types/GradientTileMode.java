package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How a gradient continues beyond its ends: Flet's {@code GradientTileMode}. */
public enum GradientTileMode implements WireValue {
    CLAMP("clamp"),
    DECAL("decal"),
    MIRROR("mirror"),
    REPEATED("repeated");

    private final String value;

    GradientTileMode(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "clamp"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
