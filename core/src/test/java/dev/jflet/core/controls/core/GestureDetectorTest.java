package dev.jflet.core.controls.core;

import dev.jflet.core.Event;
import dev.jflet.core.controls.events.DragEndEvent;
import dev.jflet.core.controls.events.DragStartEvent;
import dev.jflet.core.controls.events.DragUpdateEvent;
import dev.jflet.core.controls.events.HoverEvent;
import dev.jflet.core.controls.events.LongPressEndEvent;
import dev.jflet.core.controls.events.LongPressStartEvent;
import dev.jflet.core.controls.events.MultiTapEvent;
import dev.jflet.core.controls.events.ScrollEvent;
import dev.jflet.core.controls.events.TapEvent;
import dev.jflet.core.internal.patch.ControlSerializer;
import dev.jflet.core.internal.protocol.MsgPackExt;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.types.MouseCursor;
import dev.jflet.core.types.PointerDeviceType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GestureDetector's wire form and the typed events it builds from Flet's short-key data (events.dart). */
class GestureDetectorTest {
    private final List<Event<GestureDetector>> seen = new ArrayList<>();
    private final GestureDetector detector = new GestureDetector(new Text("drag me"));

    private static Map<String, Object> xy(double x, double y) {
        return Map.of("x", x, "y", y);
    }

    private AppTester start() {
        return AppTester.start(page -> page.add(detector));
    }

    @Test
    void wire_sendsPropertiesAndOnlyTheEventsThatHaveHandlers() {
        detector.mouseCursor(MouseCursor.MOVE).dragInterval(50).hoverInterval(20).multiTapTouches(2)
                .allowedDevices(PointerDeviceType.MOUSE, PointerDeviceType.TOUCH).excludeFromSemantics(true)
                .onTap(seen::add).onPanUpdate(seen::add);
        Map<String, Object> wire = new ControlSerializer(n -> {
        }).serialize(detector);
        wire.remove("_i");
        ((Map<?, ?>) wire.get("content")).remove("_i");
        assertEquals(Map.of("content", Map.of("value", "drag me", "_c", "Text"), "mouse_cursor", "move",
                "drag_interval", 50, "hover_interval", 20, "multi_tap_touches", 2,
                "allowed_devices", List.of("mouse", "touch"), "exclude_from_semantics", true, "on_tap", true,
                "on_pan_update", true, "_c", "GestureDetector"), wire);
    }

    @Test
    void removedHandler_isUnsubscribedOnTheClient() {
        detector.onTap(seen::add);
        AppTester t = start();
        assertEquals(true, t.client().control(detector).get("on_tap"));
        detector.onTap(null);
        detector.update();
        assertEquals(false, t.client().control(detector).get("on_tap"));
    }

    @Test
    void taps_readKindAndPositions_andAKeyboardTapHasNoData() {
        List<TapEvent<GestureDetector>> taps = new ArrayList<>();
        detector.onTap(taps::add).onSecondaryTapDown(taps::add).onDoubleTap(seen::add).onSecondaryTap(seen::add);
        AppTester t = start();
        t.fire(detector, "tap", Map.of("k", "mouse", "l", xy(10, 20), "g", xy(110, 220)));
        t.fire(detector, "tap", null);
        t.fire(detector, "secondary_tap_down", Map.of("k", "touch", "l", xy(1, 2), "g", xy(3, 4)));
        t.fire(detector, "double_tap", null).fire(detector, "secondary_tap", null);

        TapEvent<GestureDetector> tap = taps.get(0);
        assertEquals(List.of(PointerDeviceType.MOUSE, 10.0, 20.0, 110.0, 220.0),
                List.of(tap.kind(), tap.localX(), tap.localY(), tap.globalX(), tap.globalY()));
        assertEquals(List.of(PointerDeviceType.UNKNOWN, 0.0, 0.0), List.of(taps.get(1).kind(), taps.get(1).localX(),
                taps.get(1).globalY()));
        assertEquals(List.of("secondary_tap_down", PointerDeviceType.TOUCH, 4.0),
                List.of(taps.get(2).name(), taps.get(2).kind(), taps.get(2).globalY()));
        assertEquals(List.of("double_tap", "secondary_tap"), List.of(seen.get(0).name(), seen.get(1).name()));
        assertEquals(detector, tap.control());
        assertEquals(List.of(), t.problems());
    }

    @Test
    void longPress_readsStartAndEndWithVelocity() {
        List<Object> got = new ArrayList<>();
        detector.onLongPressStart(e -> got.add(List.of(e.localX(), e.localY(), e.globalX(), e.globalY())))
                .onLongPressEnd(e -> got.add(List.of(e.localX(), e.velocityX(), e.velocityY())))
                .onLongPress(e -> got.add(e.name()));
        AppTester t = start();
        t.fire(detector, "long_press_start", Map.of("l", xy(5, 6), "g", xy(7, 8)));
        t.fire(detector, "long_press", null);
        t.fire(detector, "long_press_end", Map.of("l", xy(9, 6), "g", xy(11, 8), "v", xy(0, -40)));
        assertEquals(List.of(List.of(5.0, 6.0, 7.0, 8.0), "long_press", List.of(9.0, 0.0, -40.0)), got);
    }

    @Test
    void drags_readDeltasPrimaryDeltaVelocityAndTimestamps() {
        List<DragStartEvent<GestureDetector>> starts = new ArrayList<>();
        List<DragUpdateEvent<GestureDetector>> updates = new ArrayList<>();
        List<DragEndEvent<GestureDetector>> ends = new ArrayList<>();
        detector.onPanStart(starts::add).onPanUpdate(updates::add).onPanEnd(ends::add)
                .onHorizontalDragUpdate(updates::add).onHorizontalDragEnd(ends::add).onVerticalDragStart(starts::add);
        AppTester t = start();
        // Flet's Dart client sends a Duration timestamp as msgpack ext 3 (decimal microseconds).
        t.fire(detector, "pan_start", Map.of("k", "touch", "l", xy(1, 2), "g", xy(3, 4), "ts",
                MsgPackExt.ofText(3, "1500000")));
        Map<String, Object> panUpdate = new HashMap<>(Map.of("l", xy(6, 2), "g", xy(8, 4), "ld", xy(5, 0),
                "gd", xy(5, 0), "ts", 1516000));
        panUpdate.put("pd", null);
        t.fire(detector, "pan_update", panUpdate);
        t.fire(detector, "horizontal_drag_update", Map.of("l", xy(9, 2), "g", xy(11, 4), "ld", xy(3, 0),
                "gd", xy(3, 0), "pd", 3.0));
        Map<String, Object> panEnd = new HashMap<>(Map.of("l", xy(9, 2), "g", xy(11, 4), "v", xy(400, 0)));
        panEnd.put("pv", null);
        t.fire(detector, "pan_end", panEnd);
        t.fire(detector, "horizontal_drag_end", Map.of("l", xy(9, 2), "g", xy(11, 4), "v", xy(400, 0), "pv", 400));
        t.fire(detector, "vertical_drag_start", Map.of("l", xy(0, 0), "g", xy(0, 0)));

        assertEquals(List.of(PointerDeviceType.TOUCH, 1.0, 4.0, OptionalLong.of(1_500_000)), List.of(
                starts.get(0).kind(), starts.get(0).localX(), starts.get(0).globalY(),
                starts.get(0).timestampMicros()));
        assertEquals(List.of(PointerDeviceType.UNKNOWN, OptionalLong.empty()),
                List.of(starts.get(1).kind(), starts.get(1).timestampMicros()));
        DragUpdateEvent<GestureDetector> pan = updates.get(0);
        assertEquals(List.of(6.0, 5.0, 0.0, 5.0, 0.0, OptionalDouble.empty(), OptionalLong.of(1_516_000)),
                List.of(pan.localX(), pan.localDeltaX(), pan.localDeltaY(), pan.globalDeltaX(), pan.globalDeltaY(),
                        pan.primaryDelta(), pan.timestampMicros()));
        assertEquals(OptionalDouble.of(3), updates.get(1).primaryDelta());
        assertEquals(List.of(400.0, 0.0, OptionalDouble.empty()),
                List.of(ends.get(0).velocityX(), ends.get(0).velocityY(), ends.get(0).primaryVelocity()));
        assertEquals(OptionalDouble.of(400), ends.get(1).primaryVelocity());
        assertEquals(List.of(), t.problems());
    }

    @Test
    void hoverEnterExitScrollAndMultiTap_readTheirFields() {
        List<HoverEvent<GestureDetector>> hovers = new ArrayList<>();
        List<ScrollEvent<GestureDetector>> scrolls = new ArrayList<>();
        List<MultiTapEvent<GestureDetector>> multi = new ArrayList<>();
        detector.onHover(hovers::add).onEnter(hovers::add).onExit(hovers::add).onScroll(scrolls::add)
                .onMultiTap(multi::add);
        AppTester t = start();
        Map<String, Object> enter = new HashMap<>(Map.of("k", "mouse", "l", xy(1, 1), "g", xy(2, 2), "ts", 10,
                "dev", 1, "ps", 0.0, "pMin", 0.0, "pMax", 1.0, "tilt", 0.0));
        Map<String, Object> noDelta = new HashMap<>();
        noDelta.put("x", null);
        noDelta.put("y", null);
        enter.put("ld", noDelta);
        t.fire(detector, "enter", enter);
        Map<String, Object> hover = new HashMap<>(enter);
        hover.putAll(Map.of("l", xy(4, 5), "ld", xy(3, 4), "ps", 0.5, "rMj", 2.0));
        t.fire(detector, "hover", hover);
        t.fire(detector, "exit", enter);
        t.fire(detector, "scroll", Map.of("l", xy(1, 1), "g", xy(2, 2), "sd", xy(0, 120)));
        t.fire(detector, "multi_tap", Map.of("ct", true));

        assertEquals(List.of("enter", "hover", "exit"), List.of(hovers.get(0).name(), hovers.get(1).name(),
                hovers.get(2).name()));
        HoverEvent<GestureDetector> h = hovers.get(1);
        assertEquals(List.of(PointerDeviceType.MOUSE, 4.0, 3.0, 4.0, 0.5, 1.0, 2.0, 1.0, OptionalLong.of(10)),
                List.of(h.kind(), h.localX(), h.localDeltaX(), h.localDeltaY(), h.pressure(), h.pressureMax(),
                        h.radiusMajor(), h.device(), h.timestampMicros()));
        assertEquals(0.0, hovers.get(0).localDeltaX());
        assertEquals(List.of(0.0, 120.0, 2.0), List.of(scrolls.get(0).scrollDeltaX(), scrolls.get(0).scrollDeltaY(),
                scrolls.get(0).globalX()));
        assertTrue(multi.get(0).correctTouches());
        assertEquals(List.of(), t.problems());
    }

    @Test
    void malformedData_dropsThatEventWithAClearWarning_andTheAppKeepsRunning() {
        List<TapEvent<GestureDetector>> taps = new ArrayList<>();
        detector.onTap(taps::add).onPanUpdate(seen::add);
        AppTester t = start();
        t.fire(detector, "tap", Map.of("l", "10,20"));
        t.fire(detector, "pan_update", "moved");
        t.fire(detector, "pan_update", Map.of("ts", MsgPackExt.ofText(3, "soon")));
        t.fire(detector, "tap", Map.of("k", "stylus", "l", xy(1, 2)));

        String id = detector.toString();
        assertEquals(List.of(
                "Dropped event 'tap' for " + id + ": event 'tap': 'l' must be a map {x, y}, got string \"10,20\"",
                "Dropped event 'pan_update' for " + id + ": event 'pan_update' expects a map, got string \"moved\"",
                "Dropped event 'pan_update' for " + id + ": event 'pan_update': 'ts' must be a duration in "
                        + "microseconds, got ext ext(3, soon)"), t.problems());
        assertEquals(1, taps.size());
        assertEquals(PointerDeviceType.STYLUS, taps.get(0).kind());
        assertTrue(t.running());
    }
}
