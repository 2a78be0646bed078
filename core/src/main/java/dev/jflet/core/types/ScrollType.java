package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** What kind of scroll notification an {@code OnScrollEvent} reports: Flet's {@code ScrollType}. */
public enum ScrollType implements WireValue {
    /** Scrolling started. */
    START("start"),
    /** The scroll position changed. */
    UPDATE("update"),
    /** Scrolling stopped. */
    END("end"),
    /** The user changed the direction they scroll in. */
    USER("user"),
    /** The user tried to scroll past an end. */
    OVERSCROLL("overscroll");

    private final String value;

    ScrollType(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "update"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }

    /**
     * The type with wire name {@code value}.
     *
     * @throws IllegalArgumentException naming the value when it is no scroll type
     */
    public static ScrollType fromWire(String value) {
        for (ScrollType t : values()) {
            if (t.value.equals(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a scroll type (start, update, end, user, overscroll): " + value);
    }
}
