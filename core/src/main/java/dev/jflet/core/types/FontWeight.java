package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** The thickness of a font: Flet's {@code FontWeight}. */
public enum FontWeight implements WireValue {
    NORMAL("normal"),
    BOLD("bold"),
    W_100("w100"),
    W_200("w200"),
    W_300("w300"),
    W_400("w400"),
    W_500("w500"),
    W_600("w600"),
    W_700("w700"),
    W_800("w800"),
    W_900("w900");

    private final String value;

    FontWeight(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "normal"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
