package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How an image fills the space it does not cover: Flet's {@code ImageRepeat}. */
public enum ImageRepeat implements WireValue {
    NO_REPEAT("noRepeat"),
    REPEAT("repeat"),
    REPEAT_X("repeatX"),
    REPEAT_Y("repeatY");

    private final String value;

    ImageRepeat(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "noRepeat"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
