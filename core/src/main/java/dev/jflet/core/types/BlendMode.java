package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** How a drawn color combines with what is below it: Flet's {@code BlendMode}. */
public enum BlendMode implements WireValue {
    CLEAR("clear"),
    COLOR("color"),
    COLOR_BURN("colorBurn"),
    COLOR_DODGE("colorDodge"),
    DARKEN("darken"),
    DIFFERENCE("difference"),
    DST("dst"),
    DST_A_TOP("dstATop"),
    DST_IN("dstIn"),
    DST_OUT("dstOut"),
    DST_OVER("dstOver"),
    EXCLUSION("exclusion"),
    HARD_LIGHT("hardLight"),
    HUE("hue"),
    LIGHTEN("lighten"),
    LUMINOSITY("luminosity"),
    MODULATE("modulate"),
    MULTIPLY("multiply"),
    OVERLAY("overlay"),
    PLUS("plus"),
    SATURATION("saturation"),
    SCREEN("screen"),
    SOFT_LIGHT("softLight"),
    SRC("src"),
    SRC_A_TOP("srcATop"),
    SRC_IN("srcIn"),
    SRC_OUT("srcOut"),
    SRC_OVER("srcOver"),
    XOR("xor");

    private final String value;

    BlendMode(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "srcOver"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
