package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How text that does not fit is shown: Flet's {@code TextOverflow}. */
public enum TextOverflow implements WireValue {
    CLIP("clip"),
    ELLIPSIS("ellipsis"),
    FADE("fade"),
    VISIBLE("visible");

    private final String value;

    TextOverflow(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "clip"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
