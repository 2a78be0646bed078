package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How compact a control's layout is: Flet's {@code VisualDensity}. */
public enum VisualDensity implements WireValue {
    STANDARD("standard"),
    COMPACT("compact"),
    COMFORTABLE("comfortable"),
    ADAPTIVE_PLATFORM_DENSITY("adaptivePlatformDensity");

    private final String value;

    VisualDensity(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "compact"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
