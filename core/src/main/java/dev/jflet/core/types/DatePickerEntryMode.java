package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How a date is entered in a date picker: Flet's {@code DatePickerEntryMode}. */
public enum DatePickerEntryMode implements WireValue {
    CALENDAR("calendar"),
    INPUT("input"),
    CALENDAR_ONLY("calendarOnly"),
    INPUT_ONLY("inputOnly");

    private final String value;

    DatePickerEntryMode(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "calendar"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
