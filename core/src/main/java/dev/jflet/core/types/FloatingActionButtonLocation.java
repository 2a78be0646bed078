package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/**
 * Where a view shows its floating action button: Flet's {@code FloatingActionButtonLocation}. {@code FLOAT}
 * places float above the bottom edge (or the navigation bar), {@code DOCKED} ones straddle the navigation bar's
 * top edge; the renderer draws the start, center and end float and docked places (mini ones alike) and the others
 * as {@link #END_FLOAT}.
 */
public enum FloatingActionButtonLocation implements WireValue {
    CENTER_DOCKED("centerDocked"),
    CENTER_FLOAT("centerFloat"),
    CENTER_TOP("centerTop"),
    END_CONTAINED("endContained"),
    END_DOCKED("endDocked"),
    END_FLOAT("endFloat"),
    END_TOP("endTop"),
    MINI_CENTER_DOCKED("miniCenterDocked"),
    MINI_CENTER_FLOAT("miniCenterFloat"),
    MINI_CENTER_TOP("miniCenterTop"),
    MINI_END_DOCKED("miniEndDocked"),
    MINI_END_FLOAT("miniEndFloat"),
    MINI_END_TOP("miniEndTop"),
    MINI_START_DOCKED("miniStartDocked"),
    MINI_START_FLOAT("miniStartFloat"),
    MINI_START_TOP("miniStartTop"),
    START_DOCKED("startDocked"),
    START_FLOAT("startFloat"),
    START_TOP("startTop");

    private final String value;

    FloatingActionButtonLocation(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "endFloat"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
