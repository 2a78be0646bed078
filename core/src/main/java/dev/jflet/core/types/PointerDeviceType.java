package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** The kind of device behind a pointer event: Flet's {@code PointerDeviceType}. */
public enum PointerDeviceType implements WireValue {
    TOUCH("touch"),
    MOUSE("mouse"),
    STYLUS("stylus"),
    INVERTED_STYLUS("invertedStylus"),
    TRACKPAD("trackpad"),
    UNKNOWN("unknown");

    private final String value;

    PointerDeviceType(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "mouse"}. */
    public String value() {
        return value;
    }

    /** The device kind named {@code value} as the client sends it; {@link #UNKNOWN} for a name it does not know. */
    public static PointerDeviceType fromWire(String value) {
        for (PointerDeviceType t : values()) {
            if (t.value.equalsIgnoreCase(value)) {
                return t;
            }
        }
        return UNKNOWN;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
