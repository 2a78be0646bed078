package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How an image is fitted into its box: Flet's {@code BoxFit}. */
public enum BoxFit implements WireValue {
    FILL("fill"),
    CONTAIN("contain"),
    COVER("cover"),
    FIT_WIDTH("fitWidth"),
    FIT_HEIGHT("fitHeight"),
    NONE("none"),
    SCALE_DOWN("scaleDown");

    private final String value;

    BoxFit(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "fill"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
