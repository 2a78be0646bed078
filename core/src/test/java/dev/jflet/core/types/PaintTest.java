package dev.jflet.core.types;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Wire forms of {@link Paint} and {@link PaintGradient}, as Flet's plain dataclasses send them. */
class PaintTest {
    @Test
    void paint_sendsOnlyWhatWasSet() {
        assertEquals(Map.of(), new Paint().toWire());
        Paint p = new Paint().color("red").strokeWidth(2).style(PaintingStyle.STROKE).strokeCap(StrokeCap.ROUND)
                .strokeJoin(StrokeJoin.BEVEL).strokeMiterLimit(3).strokeDashPattern(5, 3).blendMode(BlendMode.SCREEN)
                .antiAlias(false);
        assertEquals(Map.of("color", "red", "stroke_width", 2.0, "style", "stroke", "stroke_cap", "round",
                "stroke_join", "bevel", "stroke_miter_limit", 3.0, "stroke_dash_pattern", List.of(5.0, 3.0),
                "blend_mode", "screen", "anti_alias", false), p.toWire());
        assertEquals(new Paint().color("red"), new Paint().color("blue").color("red"));
    }

    @Test
    void gradients_sendTheirTypeAndDefaults() {
        assertEquals(Map.of("_type", "linear", "colors", List.of("red", "blue"), "tile_mode", "clamp",
                "begin", Map.of("x", 0.0, "y", 0.0), "end", Map.of("x", 100.0, "y", 0.0)),
                PaintGradient.linear(new Offset(0, 0), new Offset(100, 0), "red", "blue").toWire());
        assertEquals(Map.of("_type", "radial", "colors", List.of("red", "blue"), "tile_mode", "mirror",
                "center", Map.of("x", 5.0, "y", 5.0), "radius", 10.0, "focal_radius", 0.0,
                "color_stops", List.of(0.2, 1.0)),
                PaintGradient.radial(new Offset(5, 5), 10, "red", "blue").colorStops(0.2, 1)
                        .tileMode(GradientTileMode.MIRROR).toWire());
        assertEquals(Map.of("_type", "sweep", "colors", List.of("red", "blue"), "tile_mode", "clamp",
                "center", Map.of("x", 1.0, "y", 2.0), "start_angle", 0.0, "end_angle", Math.PI * 2),
                PaintGradient.sweep(new Offset(1, 2), "red", "blue").toWire());
        assertEquals(Map.of("gradient", PaintGradient.sweep(Offset.ZERO, "a", "b").toWire()),
                new Paint().gradient(PaintGradient.sweep(Offset.ZERO, "a", "b")).toWire());
    }

    @Test
    void badArguments_areRejectedNamingTheValue() {
        assertEquals("strokeWidth must be >= 0: -1.0",
                assertThrows(IllegalArgumentException.class, () -> new Paint().strokeWidth(-1)).getMessage());
        assertEquals("dash lengths must be >= 0: [1.0, -2.0]",
                assertThrows(IllegalArgumentException.class, () -> new Paint().strokeDashPattern(1, -2)).getMessage());
        assertEquals("a gradient needs at least 2 colors: [red]", assertThrows(IllegalArgumentException.class,
                () -> PaintGradient.linear(Offset.ZERO, Offset.ZERO, "red")).getMessage());
        assertEquals("colorStops must have one entry per color (2): [0.5]", assertThrows(
                IllegalArgumentException.class,
                () -> PaintGradient.sweep(Offset.ZERO, "a", "b").colorStops(0.5)).getMessage());
    }
}
