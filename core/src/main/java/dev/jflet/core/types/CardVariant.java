package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** The Material 3 style of a card: Flet's {@code CardVariant}. */
public enum CardVariant implements WireValue {
    ELEVATED("elevated"),
    FILLED("filled"),
    OUTLINED("outlined");

    private final String value;

    CardVariant(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "elevated"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
