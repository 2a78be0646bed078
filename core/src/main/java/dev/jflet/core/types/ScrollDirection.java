package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** Which way the user scrolls, in a {@code user} scroll event: Flet's {@code ScrollDirection}. */
public enum ScrollDirection implements WireValue {
    /** Not scrolling. */
    IDLE("idle"),
    /** Towards the end: down, or right in a horizontal list. */
    FORWARD("forward"),
    /** Towards the start. */
    REVERSE("reverse");

    private final String value;

    ScrollDirection(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "forward"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }

    /**
     * The direction with wire name {@code value}.
     *
     * @throws IllegalArgumentException naming the value when it is no direction
     */
    public static ScrollDirection fromWire(String value) {
        for (ScrollDirection d : values()) {
            if (d.value.equals(value)) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a scroll direction (idle, forward, reverse): " + value);
    }
}
