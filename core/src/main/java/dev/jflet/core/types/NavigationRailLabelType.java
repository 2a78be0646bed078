package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** Which labels a collapsed navigation rail shows: Flet's {@code NavigationRailLabelType}. */
public enum NavigationRailLabelType implements WireValue {
    /** No labels, only icons. */
    NONE("none"),
    /** Every destination's label. */
    ALL("all"),
    /** Only the selected destination's label. */
    SELECTED("selected");

    private final String value;

    NavigationRailLabelType(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "all"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
