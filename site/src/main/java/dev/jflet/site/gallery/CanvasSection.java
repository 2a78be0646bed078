package dev.jflet.site.gallery;

import dev.jflet.core.controls.canvas.Arc;
import dev.jflet.core.controls.canvas.Canvas;
import dev.jflet.core.controls.canvas.Circle;
import dev.jflet.core.controls.canvas.Line;
import dev.jflet.core.controls.canvas.Oval;
import dev.jflet.core.controls.canvas.Path;
import dev.jflet.core.controls.canvas.PointMode;
import dev.jflet.core.controls.canvas.Points;
import dev.jflet.core.controls.canvas.Rect;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.types.Colors;
import dev.jflet.core.types.Offset;
import dev.jflet.core.types.Paint;
import dev.jflet.core.types.PaintGradient;
import dev.jflet.core.types.PaintingStyle;
import dev.jflet.core.types.StrokeCap;
import dev.jflet.core.types.TextStyle;

/**
 * Canvas: a drawing with each kind of shape, a button that recolors one shape from Java, and the canvas's size as
 * its resize event reports it.
 */
final class CanvasSection {
    private CanvasSection() {
    }

    static Column build() {
        StatusLine status = new StatusLine("canvas");
        Text size = new Text("size unknown").key("canvas-size");

        Circle circle = new Circle(60, 90, 30).paint(new Paint().color(Colors.BLUE)).key("circle");
        Canvas canvas = new Canvas(
                new Rect(0, 0, 320, 160).paint(new Paint().color("grey100")),
                new Line(10, 20, 310, 20).paint(new Paint().color(Colors.RED).strokeWidth(6)).key("red-line"),
                circle,
                new Oval(110, 60, 60, 40).paint(new Paint().color(Colors.AMBER).style(PaintingStyle.STROKE)
                        .strokeWidth(3)),
                new Arc(180, 50, 60, 60, 0, Math.PI * 1.5).useCenter(true)
                        .paint(new Paint().gradient(PaintGradient.linear(new Offset(180, 50), new Offset(240, 110),
                                Colors.PURPLE, Colors.PINK))),
                new Path(Path.moveTo(250, 140), Path.lineTo(280, 90), Path.lineTo(310, 140), Path.close())
                        .paint(new Paint().color(Colors.GREEN_700)),
                new Points(PointMode.POINTS, new Offset(20, 140), new Offset(40, 140), new Offset(60, 140))
                        .paint(new Paint().color(Colors.BLACK).strokeWidth(6).strokeCap(StrokeCap.ROUND)),
                new dev.jflet.core.controls.canvas.Text(110, 125, "jflet")
                        .style(new TextStyle().size(18).color(Colors.INDIGO)))
                .width(320).height(160).key("drawing")
                .onResize(e -> size.value("canvas " + Math.round(e.width()) + " × " + Math.round(e.height())));

        Button recolor = new Button("Make the circle green", e -> {
            circle.paint(circle.paint().color(Colors.GREEN));
            status.say("circle is green");
        });
        return Gallery.section("Canvas", status, canvas, new Row(recolor, size).spacing(16));
    }
}
