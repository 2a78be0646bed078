package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** What a date picker shows first: Flet's {@code DatePickerMode}. */
public enum DatePickerMode implements WireValue {
    DAY("day"),
    YEAR("year");

    private final String value;

    DatePickerMode(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "day"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
