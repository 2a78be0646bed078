package dev.jflet.core.controls;

import dev.jflet.core.OnScrollEvent;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.GridView;
import dev.jflet.core.controls.core.ListView;
import dev.jflet.core.controls.core.SafeArea;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.protocol.Frames;
import dev.jflet.core.internal.tree.Nodes;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.SentFrame;
import dev.jflet.core.types.ClipBehavior;
import dev.jflet.core.types.Duration;
import dev.jflet.core.types.Padding;
import dev.jflet.core.types.ScrollDirection;
import dev.jflet.core.types.ScrollMode;
import dev.jflet.core.types.ScrollType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ListView, GridView and SafeArea (flet-protocol.md §5.1 ScrollableControl, §5.2). */
class ScrollingListsTest {
    private final List<OnScrollEvent<?>> scrolls = new ArrayList<>();

    @Test
    void listView_sendsChildrenAndOnlyNonDefaults() {
        ListView list = new ListView(new Text("a")).spacing(0).dividerThickness(1).clipBehavior(ClipBehavior.HARD_EDGE)
                .scroll(ScrollMode.ALWAYS).autoScroll(true).scrollInterval(10).padding(Padding.symmetric(8, 0))
                .height(200);
        AppTester t = AppTester.start(page -> page.add(list));

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("height", 200);
        expected.put("scroll", "always");
        expected.put("auto_scroll", true);
        expected.put("controls", List.of(Map.of("value", "a", "_c", "Text")));
        expected.put("padding", Map.of("left", 8, "right", 8));
        expected.put("divider_thickness", 1);
        expected.put("_c", "ListView");
        // Integral numbers travel as msgpack ints, as Flet's encoder sends them.
        assertEquals(expected, WireForm.of(t, list), "spacing 0, clip hardEdge and scroll_interval 10 are defaults");
    }

    @Test
    void gridView_sendsRunsAndSpacing_leavingDefaultsOut() {
        GridView grid = new GridView(new Text("1"), new Text("2")).runsCount(3).spacing(10).runSpacing(4)
                .childAspectRatio(1.0).clipBehavior(ClipBehavior.HARD_EDGE);
        GridView byExtent = new GridView().maxExtent(150).runsCount(1);
        AppTester t = AppTester.start(page -> page.add(grid, byExtent));

        assertEquals(Map.of("controls", List.of(Map.of("value", "1", "_c", "Text"), Map.of("value", "2", "_c", "Text")),
                "clip_behavior", "hardEdge", "runs_count", 3, "run_spacing", 4, "_c", "GridView"),
                WireForm.of(t, grid), "GridView has no clip_behavior default");
        assertEquals(Map.of("max_extent", 150, "_c", "GridView"), WireForm.of(t, byExtent));
        assertEquals(3, grid.runsCount());
    }

    @Test
    void onScroll_isTyped_forListsAndColumns() {
        ListView list = new ListView(new Text("a"));
        list.onScroll(e -> scrolls.add(e));
        Column column = new Column().scroll(ScrollMode.AUTO);
        column.onScroll(scrolls::add);
        AppTester t = AppTester.start(page -> page.add(list, column));

        t.fire(list, "scroll", Map.of("event_type", "update", "pixels", 120.5, "min_scroll_extent", 0,
                "max_scroll_extent", 400, "viewport_dimension", 200, "scroll_delta", 20.5));
        t.fire(list, "scroll", Map.of("event_type", "user", "pixels", 120.5, "min_scroll_extent", 0,
                "max_scroll_extent", 400, "viewport_dimension", 200, "direction", "reverse"));
        t.fire(column, "scroll", Map.of("event_type", "overscroll", "pixels", 0, "min_scroll_extent", 0,
                "max_scroll_extent", 10, "viewport_dimension", 50, "overscroll", -3, "velocity", 0));

        assertEquals(3, scrolls.size(), t.problems().toString());
        OnScrollEvent<?> update = scrolls.get(0);
        assertEquals(ScrollType.UPDATE, update.eventType());
        assertEquals(120.5, update.pixels());
        assertEquals(400, update.maxScrollExtent());
        assertEquals(200, update.viewportDimension());
        assertEquals(20.5, update.scrollDelta().getAsDouble());
        assertTrue(update.direction().isEmpty());
        assertEquals(list, update.control());
        assertEquals(ScrollDirection.REVERSE, scrolls.get(1).direction().orElseThrow());
        assertTrue(scrolls.get(1).scrollDelta().isEmpty());
        assertEquals(ScrollType.OVERSCROLL, scrolls.get(2).eventType());
        assertEquals(-3, scrolls.get(2).overscroll().getAsDouble());
        assertEquals(column, scrolls.get(2).control());
        assertEquals(List.of(), t.problems());
    }

    @Test
    void onScroll_badData_isDroppedWithTheReason_andTheAppRuns() {
        ListView list = new ListView();
        list.onScroll(scrolls::add);
        AppTester t = AppTester.start(page -> page.add(list));

        t.fire(list, "scroll", Map.of("event_type", "sideways", "pixels", 1));
        t.fire(list, "scroll", Map.of("event_type", "update", "pixels", "far"));
        t.fire(list, "scroll", "not a map");

        assertEquals(List.of(), scrolls);
        assertEquals(3, t.problems().size());
        assertTrue(t.problems().get(0).contains("not a scroll type (start, update, end, user, overscroll): sideways"),
                t.problems().get(0));
        assertTrue(t.problems().get(1).contains("'pixels' must be a number"), t.problems().get(1));
        assertTrue(t.problems().get(2).contains("event 'scroll' expects a map"), t.problems().get(2));
        assertTrue(t.running());
    }

    @Test
    void scrollTo_invokesTheClientsScrollTo_andWaitsForIt() {
        ListView list = new ListView(new Text("a"));
        Text done = new Text("");
        Button end = new Button("end", e -> {
            list.scrollTo(-1, Duration.ofMillis(300));
            done.value("scrolled");
        });
        Button key = new Button("key", e -> list.scrollToKey("row-7"));
        AppTester t = AppTester.start(page -> page.add(list, end, key, done));

        t.click(end);
        SentFrame call = t.frames(Action.INVOKE_METHOD).get(0);
        assertEquals("scroll_to", call.get("name"));
        assertEquals(Nodes.id(list), call.get("control_id"));
        assertEquals(Map.of("offset", -1, "duration", Map.of("milliseconds", 300)), call.get("args"));
        assertEquals("", done.value(), "the handler waits for the client");
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("control_id", call.get("control_id"));
        reply.put("call_id", call.get("call_id"));
        reply.put("result", null);
        reply.put("error", null);
        t.sendRaw(Frames.encode(Action.INVOKE_METHOD, reply));
        assertEquals("scrolled", done.value());

        t.click(key);
        assertEquals(Map.of("scroll_key", "row-7"), t.frames(Action.INVOKE_METHOD).get(1).get("args"));
        assertThrows(IllegalStateException.class, () -> list.scrollBy(10), "outside a handler there is no task");
    }

    @Test
    void safeArea_sendsItsContent_andOnlyChangedSides() {
        SafeArea area = new SafeArea(new Text("inside")).avoidIntrusions(true, false, true, true).minimumPadding(0);
        AppTester t = AppTester.start(page -> page.add(area));

        assertEquals(Map.of("content", Map.of("value", "inside", "_c", "Text"), "avoid_intrusions_top", false,
                "_c", "SafeArea"), WireForm.of(t, area));
    }

    @Test
    void badArguments_nameTheValue() {
        assertEquals("runsCount < 1: 0",
                assertThrows(IllegalArgumentException.class, () -> new GridView().runsCount(0)).getMessage());
        assertEquals("spacing must be >= 0: -2.0",
                assertThrows(IllegalArgumentException.class, () -> new ListView().spacing(-2)).getMessage());
        assertEquals("scrollInterval must be >= 0: -1.0",
                assertThrows(IllegalArgumentException.class, () -> new ListView().scrollInterval(-1)).getMessage());
        assertThrows(NullPointerException.class, () -> new SafeArea(null));
    }
}
