package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How content that overflows a control is clipped: Flet's {@code ClipBehavior}. */
public enum ClipBehavior implements WireValue {
    NONE("none"),
    HARD_EDGE("hardEdge"),
    ANTI_ALIAS("antiAlias"),
    ANTI_ALIAS_WITH_SAVE_LAYER("antiAliasWithSaveLayer");

    private final String value;

    ClipBehavior(String value) {
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
