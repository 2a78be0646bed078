package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A color gradient along a line: Flet's {@code LinearGradient}. Sent as
 * {@code {colors, _type: "linear", begin, end}} plus {@code stops}, {@code tile_mode} and {@code rotation} when
 * set. Immutable; each setter returns a copy.
 */
public final class LinearGradient implements WireValue {
    private final List<String> colors;
    private final Alignment begin;
    private final Alignment end;
    private final List<Double> stops;
    private final GradientTileMode tileMode;
    private final Double rotation;

    /** A gradient from left to right through {@code colors}. */
    public LinearGradient(String... colors) {
        this(Alignment.CENTER_LEFT, Alignment.CENTER_RIGHT, colors);
    }

    /** A gradient from {@code begin} to {@code end} through {@code colors}. */
    public LinearGradient(Alignment begin, Alignment end, String... colors) {
        this(List.of(colors), begin, end, Collections.emptyList(), GradientTileMode.CLAMP, null);
        if (colors.length < 2) {
            throw new IllegalArgumentException("a gradient needs at least 2 colors: " + Arrays.toString(colors));
        }
    }

    private LinearGradient(List<String> colors, Alignment begin, Alignment end, List<Double> stops,
            GradientTileMode tileMode, Double rotation) {
        this.colors = colors;
        this.begin = Objects.requireNonNull(begin, "begin");
        this.end = Objects.requireNonNull(end, "end");
        this.stops = stops;
        this.tileMode = Objects.requireNonNull(tileMode, "tileMode");
        this.rotation = rotation;
    }

    public List<String> colors() {
        return colors;
    }

    public Alignment begin() {
        return begin;
    }

    /** Returns a copy starting at {@code begin}. */
    public LinearGradient begin(Alignment begin) {
        return new LinearGradient(colors, begin, end, stops, tileMode, rotation);
    }

    public Alignment end() {
        return end;
    }

    /** Returns a copy ending at {@code end}. */
    public LinearGradient end(Alignment end) {
        return new LinearGradient(colors, begin, end, stops, tileMode, rotation);
    }

    /** Returns a copy with a stop (0.0 to 1.0) for each color. */
    public LinearGradient stops(double... stops) {
        if (stops.length != colors.size()) {
            throw new IllegalArgumentException("stops must have one entry per color (" + colors.size() + "): "
                    + Arrays.toString(stops));
        }
        List<Double> list = new ArrayList<>(stops.length);
        for (double s : stops) {
            list.add(s);
        }
        return new LinearGradient(colors, begin, end, Collections.unmodifiableList(list), tileMode, rotation);
    }

    /** Returns a copy that continues beyond its ends as {@code mode} says. */
    public LinearGradient tileMode(GradientTileMode mode) {
        return new LinearGradient(colors, begin, end, stops, mode, rotation);
    }

    /** Returns a copy rotated by {@code radians} around the box's center. */
    public LinearGradient rotation(double radians) {
        return new LinearGradient(colors, begin, end, stops, tileMode, radians);
    }

    @Override
    public Object toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("colors", new ArrayList<>(colors));
        m.put("_type", "linear");
        m.put("begin", begin.toWire());
        m.put("end", end.toWire());
        if (!stops.isEmpty()) {
            m.put("stops", new ArrayList<>(stops));
        }
        if (tileMode != GradientTileMode.CLAMP) {
            m.put("tile_mode", tileMode.value());
        }
        if (rotation != null) {
            m.put("rotation", rotation);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearGradient && ((LinearGradient) o).toWire().equals(toWire());
    }

    @Override
    public int hashCode() {
        return toWire().hashCode();
    }

    @Override
    public String toString() {
        return "LinearGradient" + toWire();
    }
}
