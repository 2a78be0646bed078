package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the client reports about the screen: safe-area paddings, pixel ratio and orientation. */
public final class PageMediaData implements WireValue {
    private final Padding padding;
    private final Padding viewPadding;
    private final Padding viewInsets;
    private final double devicePixelRatio;
    private final String orientation;
    private final boolean alwaysUse24HourFormat;

    public PageMediaData(Padding padding, Padding viewPadding, Padding viewInsets, double devicePixelRatio,
            String orientation, boolean alwaysUse24HourFormat) {
        this.padding = padding;
        this.viewPadding = viewPadding;
        this.viewInsets = viewInsets;
        this.devicePixelRatio = devicePixelRatio;
        this.orientation = orientation;
        this.alwaysUse24HourFormat = alwaysUse24HourFormat;
    }

    /** Reads the map the client sends in RegisterClient and UpdateControl. */
    public static PageMediaData fromWire(Object wire) {
        if (!(wire instanceof Map)) {
            throw new IllegalArgumentException("expected a media map, got " + wire);
        }
        Map<?, ?> m = (Map<?, ?>) wire;
        Object dpr = m.get("device_pixel_ratio");
        Object orientation = m.get("orientation");
        Object h24 = m.get("always_use_24_hour_format");
        return new PageMediaData(pad(m.get("padding")), pad(m.get("view_padding")), pad(m.get("view_insets")),
                dpr instanceof Number ? ((Number) dpr).doubleValue() : 1.0,
                orientation instanceof String ? (String) orientation : "portrait",
                Boolean.TRUE.equals(h24));
    }

    private static Padding pad(Object wire) {
        return wire == null ? Padding.ZERO : Padding.fromWire(wire);
    }

    public Padding padding() {
        return padding;
    }

    public Padding viewPadding() {
        return viewPadding;
    }

    public Padding viewInsets() {
        return viewInsets;
    }

    public double devicePixelRatio() {
        return devicePixelRatio;
    }

    /** {@code portrait} or {@code landscape}. */
    public String orientation() {
        return orientation;
    }

    public boolean alwaysUse24HourFormat() {
        return alwaysUse24HourFormat;
    }

    @Override
    public Object toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("padding", padding.toWire());
        m.put("view_padding", viewPadding.toWire());
        m.put("view_insets", viewInsets.toWire());
        m.put("device_pixel_ratio", devicePixelRatio);
        m.put("orientation", orientation);
        m.put("always_use_24_hour_format", alwaysUse24HourFormat);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PageMediaData)) {
            return false;
        }
        PageMediaData p = (PageMediaData) o;
        return p.padding.equals(padding) && p.viewPadding.equals(viewPadding) && p.viewInsets.equals(viewInsets)
                && p.devicePixelRatio == devicePixelRatio && p.orientation.equals(orientation)
                && p.alwaysUse24HourFormat == alwaysUse24HourFormat;
    }

    @Override
    public int hashCode() {
        return padding.hashCode() * 31 + orientation.hashCode();
    }
}
