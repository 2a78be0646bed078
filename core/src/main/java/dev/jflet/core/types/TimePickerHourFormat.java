package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** Whether a time picker uses a 12- or 24-hour clock: Flet's {@code TimePickerHourFormat}. */
public enum TimePickerHourFormat implements WireValue {
    SYSTEM("system"),
    H12("h12"),
    H24("h24");

    private final String value;

    TimePickerHourFormat(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "system"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
