package dev.jflet.core.controls.events;

import dev.jflet.core.Control;
import dev.jflet.core.Page;
import dev.jflet.core.types.PointerDeviceType;

import java.util.OptionalLong;

/**
 * A pointer entered, moved over or left the control: Flet's {@code HoverEvent} (its {@code PointerEvent}), data
 * {@code {k, l, g, ts, dev, ps, pMin, pMax, dist, distMax, size, rMj, rMn, rMin, rMax, or, tilt, ld}}.
 *
 * @param <C> the type of control the event belongs to
 */
public class HoverEvent<C extends Control> extends GestureEvent<C> {
    private final PointerDeviceType kind;
    private final OptionalLong timestampMicros;
    private final double device;
    private final double pressure;
    private final double pressureMin;
    private final double pressureMax;
    private final double distance;
    private final double distanceMax;
    private final double size;
    private final double radiusMajor;
    private final double radiusMinor;
    private final double radiusMin;
    private final double radiusMax;
    private final double orientation;
    private final double tilt;
    private final double localDeltaX;
    private final double localDeltaY;

    /** Reads the event from the data the client sent; throws {@link IllegalArgumentException} on bad data. */
    public HoverEvent(C control, String name, Object data, Page page) {
        this(control, name, data, page, EventFields.of(name, data));
    }

    private HoverEvent(C control, String name, Object data, Page page, EventFields f) {
        super(control, name, data, page, f);
        this.kind = f.kind();
        this.timestampMicros = f.timestampMicros();
        this.device = f.number("dev");
        this.pressure = f.number("ps");
        this.pressureMin = f.number("pMin");
        this.pressureMax = f.number("pMax");
        this.distance = f.number("dist");
        this.distanceMax = f.number("distMax");
        this.size = f.number("size");
        this.radiusMajor = f.number("rMj");
        this.radiusMinor = f.number("rMn");
        this.radiusMin = f.number("rMin");
        this.radiusMax = f.number("rMax");
        this.orientation = f.number("or");
        this.tilt = f.number("tilt");
        this.localDeltaX = f.axis("ld", "x");
        this.localDeltaY = f.axis("ld", "y");
    }

    /** The kind of device that points. */
    public PointerDeviceType kind() {
        return kind;
    }

    /** When the pointer event happened, in microseconds on the client's clock. */
    public OptionalLong timestampMicros() {
        return timestampMicros;
    }

    /** The pointing device's id, the same across its events. */
    public double device() {
        return device;
    }

    /** The pressure, from 0.0 (none) through 1.0 (normal) upwards. */
    public double pressure() {
        return pressure;
    }

    /** The lowest pressure this device reports. */
    public double pressureMin() {
        return pressureMin;
    }

    /** The highest pressure this device reports. */
    public double pressureMax() {
        return pressureMax;
    }

    /** The distance of a hovering stylus from the surface; 0 when touching. */
    public double distance() {
        return distance;
    }

    /** The largest distance this device reports. */
    public double distanceMax() {
        return distanceMax;
    }

    /** The pressed area, from 0 to 1. */
    public double size() {
        return size;
    }

    /** The contact ellipse's radius along its major axis, in logical pixels. */
    public double radiusMajor() {
        return radiusMajor;
    }

    /** The contact ellipse's radius along its minor axis, in logical pixels. */
    public double radiusMinor() {
        return radiusMinor;
    }

    /** The smallest radius this device reports. */
    public double radiusMin() {
        return radiusMin;
    }

    /** The largest radius this device reports. */
    public double radiusMax() {
        return radiusMax;
    }

    /** The angle of the contact ellipse or stylus, in radians. */
    public double orientation() {
        return orientation;
    }

    /** The stylus's tilt from the perpendicular, in radians. */
    public double tilt() {
        return tilt;
    }

    /** Horizontal movement since the previous hover event that was sent, in logical pixels. */
    public double localDeltaX() {
        return localDeltaX;
    }

    /** Vertical movement since the previous hover event that was sent, in logical pixels. */
    public double localDeltaY() {
        return localDeltaY;
    }
}
