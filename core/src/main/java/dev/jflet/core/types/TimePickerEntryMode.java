package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How a time is entered in a time picker: Flet's {@code TimePickerEntryMode}. */
public enum TimePickerEntryMode implements WireValue {
    DIAL("dial"),
    INPUT("input"),
    DIAL_ONLY("dialOnly"),
    INPUT_ONLY("inputOnly");

    private final String value;

    TimePickerEntryMode(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "dial"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
