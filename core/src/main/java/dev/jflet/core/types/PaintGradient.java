package dev.jflet.core.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A gradient for {@link Paint#gradient}, in the canvas's pixel coordinates: Flet's {@code PaintLinearGradient},
 * {@code PaintRadialGradient} and {@code PaintSweepGradient}, told apart on the wire by {@code _type}. Like Flet,
 * it sends its defaults ({@code tile_mode}, radial {@code focal_radius}, sweep angles) too. Immutable.
 */
public final class PaintGradient extends SparseValue<PaintGradient> {
    private PaintGradient(Map<String, Object> fields) {
        super(fields);
    }

    /** A gradient along the line from {@code begin} to {@code end} through {@code colors}. */
    public static PaintGradient linear(Offset begin, Offset end, String... colors) {
        return of("linear", colors).with("begin", begin).with("end", end);
    }

    /** A gradient in circles around {@code center} out to {@code radius} through {@code colors}. */
    public static PaintGradient radial(Offset center, double radius, String... colors) {
        return of("radial", colors).with("center", center).with("radius", radius).with("focal_radius", 0.0);
    }

    /** A gradient sweeping clockwise around {@code center} through {@code colors}. */
    public static PaintGradient sweep(Offset center, String... colors) {
        return of("sweep", colors).with("center", center).with("start_angle", 0.0)
                .with("end_angle", Math.PI * 2);
    }

    private static PaintGradient of(String type, String... colors) {
        if (colors.length < 2) {
            throw new IllegalArgumentException("a gradient needs at least 2 colors: " + Arrays.toString(colors));
        }
        return new PaintGradient(none()).with("_type", type).with("colors", List.of(colors))
                .with("tile_mode", GradientTileMode.CLAMP.value());
    }

    @Override
    PaintGradient copy(Map<String, Object> fields) {
        return new PaintGradient(fields);
    }

    @Override
    String typeName() {
        return "PaintGradient";
    }

    /** Returns a copy with a stop (0.0 to 1.0) for each color. */
    public PaintGradient colorStops(double... stops) {
        List<?> colors = (List<?>) field("colors");
        if (stops.length != colors.size()) {
            throw new IllegalArgumentException("colorStops must have one entry per color (" + colors.size() + "): "
                    + Arrays.toString(stops));
        }
        List<Double> list = new ArrayList<>(stops.length);
        for (double s : stops) {
            list.add(s);
        }
        return with("color_stops", List.copyOf(list));
    }

    /** Returns a copy that continues beyond its ends as {@code mode} says. */
    public PaintGradient tileMode(GradientTileMode mode) {
        return with("tile_mode", mode.value());
    }

    /** The kind: {@code linear}, {@code radial} or {@code sweep}. */
    public String type() {
        return (String) field("_type");
    }
}
