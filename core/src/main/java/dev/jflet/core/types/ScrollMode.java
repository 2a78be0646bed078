package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** Whether and how a page, view, row or column scrolls: Flet's {@code ScrollMode}. */
public enum ScrollMode implements WireValue {
    AUTO("auto"),
    ADAPTIVE("adaptive"),
    ALWAYS("always"),
    HIDDEN("hidden");

    private final String value;

    ScrollMode(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "auto"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
