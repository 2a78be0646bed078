package dev.jflet.core.internal.tree;

import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.testing.AppTester;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InternalsTest {
    @Test
    void controlsWithTheSameHints_shareOneImmutableMap() {
        Row a = new Row();
        Row b = new Row();
        assertEquals(Map.of("host_expanded", true), Nodes.internals(a));
        assertSame(Nodes.internals(a), Nodes.internals(b));
        assertSame(Nodes.internals(new Container()), Nodes.internals(new Container()));
        assertThrows(UnsupportedOperationException.class, () -> Nodes.internals(a).put("x", 1));
    }

    @Test
    void changingOneControlsHint_leavesTheOthersAlone() {
        Row a = new Row();
        Row b = new Row();
        Nodes.internal(a, "host_expanded", null);
        Nodes.internal(a, "extra", "x");
        assertEquals(Map.of("extra", "x"), Nodes.internals(a));
        assertEquals(Map.of("host_expanded", true), Nodes.internals(b));
    }

    @Test
    void hintsWithStructuredValues_areNotShared() {
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("elevation", 1);
        Row a = new Row();
        Row b = new Row();
        Nodes.internal(a, "style", style);
        Nodes.internal(b, "style", new LinkedHashMap<>(style));
        assertEquals(Nodes.internals(a), Nodes.internals(b));
        assertNotSame(Nodes.internals(a), Nodes.internals(b));
    }

    @Test
    void changingHints_keepsTheTypeAndItsProperties() {
        Row a = new Row();
        Row b = new Row();
        Nodes.internal(a, "style", new LinkedHashMap<>(Map.of("elevation", 1)));
        Nodes.internal(b, "host_expanded", null);
        for (Row row : List.of(a, b)) {
            assertEquals("Row", Nodes.type(row));
            assertSame(Nodes.props(new Row()).get("controls"), Nodes.props(row).get("controls"));
            assertEquals(Nodes.props(new Row()).controlLists(), Nodes.props(row).controlLists());
        }
        assertEquals(Map.of(), Nodes.internals(b));
        Nodes.internal(b, "host_expanded", true);
        assertSame(Nodes.props(new Row()), Nodes.props(b));
    }

    @Test
    void sharedMaps_stopGrowingAtTheBound() {
        try {
            for (int i = 0; i < Internals.MAX_SHARED + 10; i++) {
                Nodes.internal(new Row(), "n", i);
            }
            assertEquals(Internals.MAX_SHARED, Internals.sharedCount());
            Row row = new Row();
            Nodes.internal(row, "n", -1);
            assertEquals(-1, Nodes.internals(row).get("n"));
        } finally {
            Internals.forgetShared();
        }
    }

    @Test
    void hintChangedAfterMount_isSentAndThenSharedAgain() {
        Row row = new Row(new Text("a"));
        AppTester t = AppTester.start(page -> page.add(row,
                new Button("off", e -> Nodes.internal(row, "host_expanded", null)),
                new Button("on", e -> Nodes.internal(row, "host_expanded", true))));
        t.click(t.find(Button.class, x -> x.content().get().equals("off")));
        assertEquals(null, internals(t, row).get("host_expanded"));
        t.click(t.find(Button.class, x -> x.content().get().equals("on")));
        assertEquals(true, internals(t, row).get("host_expanded"));
        assertSame(Nodes.internals(new Row()), Nodes.internals(row));
        t.assertClientInSync();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> internals(AppTester t, Row row) {
        Object value = t.client().control(row).get("_internals");
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @Test
    void listOfHints_isAPlainValue() {
        Container a = new Container();
        assertEquals(List.of("width", "height", "margin"), Nodes.internals(a).get("skip_properties"));
    }
}
