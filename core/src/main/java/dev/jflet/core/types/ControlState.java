package dev.jflet.core.types;

/**
 * An interactive state a per-state style value can target: Flet's {@code ControlState} (flet-protocol.md §2.6).
 * The client uses the first entry of a per-state map whose state applies, and {@link #DEFAULT} when none does.
 */
public enum ControlState {
    HOVERED("hovered"),
    FOCUSED("focused"),
    PRESSED("pressed"),
    DRAGGED("dragged"),
    SELECTED("selected"),
    SCROLLED_UNDER("scrolledUnder"),
    DISABLED("disabled"),
    ERROR("error"),
    DEFAULT("default");

    private final String value;

    ControlState(String value) {
        this.value = value;
    }

    /** The key Flet sends in a per-state map, e.g. {@code "hovered"}. */
    public String value() {
        return value;
    }
}
