package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How a stack sizes its non-positioned children: Flet's {@code StackFit}. */
public enum StackFit implements WireValue {
    LOOSE("loose"),
    EXPAND("expand"),
    PASS_THROUGH("passthrough");

    private final String value;

    StackFit(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "loose"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
