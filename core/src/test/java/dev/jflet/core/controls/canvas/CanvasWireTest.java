package dev.jflet.core.controls.canvas;

import dev.jflet.core.types.Alignment;
import dev.jflet.core.types.BorderRadius;
import dev.jflet.core.types.Offset;
import dev.jflet.core.types.Paint;
import dev.jflet.core.types.TextStyle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The wire form of the canvas and each shape, as Flet's Python SDK serializes them (flet-protocol.md §5.2). */
class CanvasWireTest {
    private static final Map<String, Object> NO_PAINT = Map.of();
    private static final Map<String, Object> SQUARE_CORNERS = Map.of("top_left", 0.0, "top_right", 0.0,
            "bottom_left", 0.0, "bottom_right", 0.0);

    @Test
    void canvasWithLine_matchesFletsVerifiedSample() {
        Canvas canvas = new Canvas(new Line(0, 0, 10, 10).paint(new Paint().color("red").strokeWidth(2)));
        assertEquals(Map.of("shapes", List.of(Map.of("x1", 0.0, "y1", 0.0, "x2", 10.0, "y2", 10.0,
                "paint", Map.of("color", "red", "stroke_width", 2.0), "_c", "Line")), "_c", "Canvas"),
                Wire.of(canvas));
    }

    @Test
    void shapeWithoutPaint_sendsAnEmptyPaint() {
        assertEquals(Map.of("x", 5.0, "y", 6.0, "radius", 3.0, "paint", NO_PAINT, "_c", "Circle"),
                Wire.of(new Circle(5, 6, 3)));
        assertEquals(Map.of("x", 5.0, "y", 6.0, "paint", NO_PAINT, "_c", "Circle"), Wire.of(new Circle(5, 6, 0)));
        assertEquals(Map.of("paint", NO_PAINT, "_c", "Fill"), Wire.of(new Fill()));
    }

    @Test
    void rect_alwaysSendsItsCornerRadii() {
        assertEquals(Map.of("x", 1.0, "y", 2.0, "width", 30.0, "height", 40.0, "border_radius", SQUARE_CORNERS,
                "paint", NO_PAINT, "_c", "Rect"), Wire.of(new Rect(1, 2, 30, 40)));
        assertEquals(Map.of("top_left", 8.0, "top_right", 8.0, "bottom_left", 8.0, "bottom_right", 8.0),
                ((Map<?, ?>) Wire.of(new Rect(0, 0, 1, 1).borderRadius(8))).get("border_radius"));
    }

    @Test
    void ovalAndArc_sendBoxAndAngles() {
        assertEquals(Map.of("x", 0.0, "y", 0.0, "width", 20.0, "height", 10.0, "paint", NO_PAINT, "_c", "Oval"),
                Wire.of(new Oval(0, 0, 20, 10)));
        assertEquals(Map.of("x", 0.0, "y", 0.0, "width", 20.0, "height", 20.0, "start_angle", 1.5,
                "sweep_angle", 3.0, "use_center", true, "paint", NO_PAINT, "_c", "Arc"),
                Wire.of(new Arc(0, 0, 20, 20, 1.5, 3).useCenter(true)));
        assertEquals(Map.of("x", 0.0, "y", 0.0, "paint", NO_PAINT, "_c", "Arc"), Wire.of(new Arc(0, 0, 0, 0, 0, 0)));
    }

    @Test
    void path_sendsEachElementWithItsTypeAndDefaults() {
        Path path = new Path(Path.moveTo(0, 0), Path.lineTo(10, 0), Path.quadraticTo(10, 10, 0, 10),
                Path.cubicTo(1, 2, 3, 4, 5, 6), Path.arcTo(20, 20, 5), Path.arc(0, 0, 4, 4, 0, 1),
                Path.oval(1, 1, 2, 2), Path.rect(0, 0, 3, 3, BorderRadius.all(1)),
                Path.subPath(List.of(Path.moveTo(1, 1)), 2, 3), Path.close());
        assertEquals(Map.of("elements", List.of(
                Map.of("_type", "MoveTo", "x", 0.0, "y", 0.0),
                Map.of("_type", "LineTo", "x", 10.0, "y", 0.0),
                Map.of("_type", "QuadraticTo", "cp1x", 10.0, "cp1y", 10.0, "x", 0.0, "y", 10.0, "w", 1.0),
                Map.of("_type", "CubicTo", "cp1x", 1.0, "cp1y", 2.0, "cp2x", 3.0, "cp2y", 4.0, "x", 5.0, "y", 6.0),
                Map.of("_type", "ArcTo", "x", 20.0, "y", 20.0, "radius", 5.0, "rotation", 0.0, "large_arc", false,
                        "clockwise", true),
                Map.of("_type", "Arc", "x", 0.0, "y", 0.0, "width", 4.0, "height", 4.0, "start_angle", 0.0,
                        "sweep_angle", 1.0),
                Map.of("_type", "Oval", "x", 1.0, "y", 1.0, "width", 2.0, "height", 2.0),
                Map.of("_type", "Rect", "x", 0.0, "y", 0.0, "width", 3.0, "height", 3.0, "border_radius",
                        Map.of("top_left", 1.0, "top_right", 1.0, "bottom_left", 1.0, "bottom_right", 1.0)),
                Map.of("_type", "SubPath", "elements", List.of(Map.of("_type", "MoveTo", "x", 1.0, "y", 1.0)),
                        "x", 2.0, "y", 3.0),
                Map.of("_type", "Close")), "paint", NO_PAINT, "_c", "Path"), Wire.of(path));
        assertEquals(Map.of("paint", NO_PAINT, "_c", "Path"), Wire.of(new Path()));
    }

    @Test
    void points_sendOffsetsAndMode() {
        assertEquals(Map.of("points", List.of(Map.of("x", 0.0, "y", 1.0), Map.of("x", 2.0, "y", 3.0)),
                "point_mode", "polygon", "paint", NO_PAINT, "_c", "Points"),
                Wire.of(new Points(PointMode.POLYGON, new Offset(0, 1), new Offset(2, 3))));
        assertEquals(Map.of("paint", NO_PAINT, "_c", "Points"),
                Wire.of(new Points(PointMode.POINTS)));
    }

    @Test
    void text_alwaysSendsItsAlignment() {
        assertEquals(Map.of("x", 4.0, "y", 5.0, "value", "hi", "alignment", Map.of("x", -1.0, "y", -1.0),
                "_c", "Text"), Wire.of(new Text(4, 5, "hi")));
        assertEquals(Map.of("x", 0.0, "y", 0.0, "value", "r", "alignment", Map.of("x", 0.0, "y", 0.0),
                "style", Map.of("size", 20.0), "rotate", 0.5, "max_width", 80.0, "_c", "Text"),
                Wire.of(new Text(0, 0, "r").alignment(Alignment.CENTER).style(new TextStyle().size(20)).rotate(0.5)
                        .maxWidth(80)));
    }

    @Test
    void color_leavesItsDefaultsOut() {
        assertEquals(Map.of("color", "blue", "_c", "Color"), Wire.of(new Color("blue")));
        assertEquals(Map.of("_c", "Color"), Wire.of(new Color("black")));
        assertEquals(Map.of("color", "red", "blend_mode", "multiply", "_c", "Color"),
                Wire.of(new Color("red").blendMode(dev.jflet.core.types.BlendMode.MULTIPLY)));
    }

    @Test
    void canvas_sendsContentAndResizeSubscription() {
        Canvas canvas = new Canvas().content(new Circle(0, 0, 1)).resizeInterval(50).semanticsLabel("A dot")
                .onResize(e -> { });
        assertEquals(Map.of("content", Map.of("x", 0.0, "y", 0.0, "radius", 1.0, "paint", NO_PAINT, "_c", "Circle"),
                "resize_interval", 50, "semantics_label", "A dot", "on_resize", true, "_c", "Canvas"),
                Wire.of(canvas));
    }

    @Test
    void shapes_rejectCoordinatesThatCannotBeDrawn() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Line(0, Double.NaN, 1, 1));
        assertEquals("Line start must be finite: NaN", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Circle(0, 0, -1));
        assertEquals("Circle radius must be finite and >= 0: -1.0", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Path.lineTo(Double.POSITIVE_INFINITY, 0));
        assertEquals("LineTo x must be finite: Infinity", e.getMessage());
    }
}
