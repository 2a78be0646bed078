package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** When a navigation bar shows its labels: Flet's {@code NavigationBarLabelBehavior}. */
public enum NavigationBarLabelBehavior implements WireValue {
    ALWAYS_SHOW("alwaysShow"),
    ALWAYS_HIDE("alwaysHide"),
    ONLY_SHOW_SELECTED("onlyShowSelected");

    private final String value;

    NavigationBarLabelBehavior(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "alwaysShow"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
