package dev.jflet.core.controls.canvas;

import dev.jflet.core.controls.material.Button;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.SentFrame;
import dev.jflet.core.types.Paint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Canvas at run time: shape changes patch only that shape, the resize event reads {@code {w, h}}. */
class CanvasTest {
    private final Line line = new Line(0, 0, 100, 0).paint(new Paint().color("red").strokeWidth(4));
    private final Circle circle = new Circle(50, 50, 10);
    private final Canvas canvas = new Canvas(line, circle).width(100).height(100);

    @Test
    void changedShape_patchesOnlyThatShapesPaint() {
        Button recolor = new Button("Blue", e -> line.paint(line.paint().color("blue")));
        AppTester t = AppTester.start(page -> page.add(canvas, recolor));
        t.clearFrames().click(recolor);

        List<SentFrame> patches = t.frames(Action.PATCH_CONTROL);
        assertEquals(1, patches.size());
        List<?> ops = (List<?>) patches.get(0).get("patch");
        assertEquals(2, ops.size(), "the path tree and one replace: " + ops);
        List<?> op = (List<?>) ops.get(1);
        assertEquals(List.of(0, "paint", Map.of("color", "blue", "stroke_width", 4)),
                List.of(op.get(0), op.get(2), op.get(3)));
        assertEquals(Map.of("color", "blue", "stroke_width", 4),
                t.client().control(line).get("paint"));
        t.assertClientInSync();
    }

    @Test
    void addedAndRemovedShapes_patchTheShapesList() {
        Button more = new Button("More", e -> {
            canvas.shapes().remove(circle);
            canvas.shapes().add(new Text(10, 10, "hi"));
        });
        AppTester t = AppTester.start(page -> page.add(canvas, more));
        t.click(more);
        List<?> shapes = (List<?>) t.client().control(canvas).get("shapes");
        assertEquals(List.of("Line", "Text"), List.of(((Map<?, ?>) shapes.get(0)).get("_c"),
                ((Map<?, ?>) shapes.get(1)).get("_c")));
        t.assertClientInSync();
    }

    @Test
    void resize_readsWidthAndHeight_andBadDataIsDropped() {
        List<CanvasResizeEvent> sizes = new ArrayList<>();
        canvas.onResize(sizes::add);
        AppTester t = AppTester.start(page -> page.add(canvas));
        t.fire(canvas, "resize", Map.of("w", 320.5, "h", 200));
        t.fire(canvas, "resize", "320x200");

        assertEquals(1, sizes.size());
        assertEquals(List.of(320.5, 200.0), List.of(sizes.get(0).width(), sizes.get(0).height()));
        assertEquals(canvas, sizes.get(0).control());
        assertEquals(List.of("Dropped event 'resize' for " + canvas + ": event 'resize' expects a map, got string "
                + "\"320x200\""), t.problems());
        assertTrue(t.running());
    }
}
