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
        assertEquals(Map.of("host_expanded", true), a.node().internals());
        assertSame(a.node().internals(), b.node().internals());
        assertSame(new Container().node().internals(), new Container().node().internals());
        assertThrows(UnsupportedOperationException.class, () -> a.node().internals().put("x", 1));
    }

    @Test
    void changingOneControlsHint_leavesTheOthersAlone() {
        Row a = new Row();
        Row b = new Row();
        a.node().internal("host_expanded", null);
        a.node().internal("extra", "x");
        assertEquals(Map.of("extra", "x"), a.node().internals());
        assertEquals(Map.of("host_expanded", true), b.node().internals());
    }

    @Test
    void hintsWithStructuredValues_areNotShared() {
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("elevation", 1);
        Row a = new Row();
        Row b = new Row();
        a.node().internal("style", style);
        b.node().internal("style", new LinkedHashMap<>(style));
        assertEquals(a.node().internals(), b.node().internals());
        assertNotSame(a.node().internals(), b.node().internals());
    }

    @Test
    void changingHints_keepsTheTypeAndItsProperties() {
        Row a = new Row();
        Row b = new Row();
        a.node().internal("style", new LinkedHashMap<>(Map.of("elevation", 1)));
        b.node().internal("host_expanded", null);
        for (Row row : List.of(a, b)) {
            assertEquals("Row", row.node().type());
            assertSame(new Row().node().props().get("controls"), row.node().props().get("controls"));
            assertEquals(new Row().node().props().controlLists(), row.node().props().controlLists());
        }
        assertEquals(Map.of(), b.node().internals());
        b.node().internal("host_expanded", true);
        assertSame(new Row().node().props(), b.node().props());
    }

    @Test
    void sharedMaps_stopGrowingAtTheBound() {
        try {
            for (int i = 0; i < Internals.MAX_SHARED + 10; i++) {
                new Row().node().internal("n", i);
            }
            assertEquals(Internals.MAX_SHARED, Internals.sharedCount());
            Row row = new Row();
            row.node().internal("n", -1);
            assertEquals(-1, row.node().internals().get("n"));
        } finally {
            Internals.forgetShared();
        }
    }

    @Test
    void hintChangedAfterMount_isSentAndThenSharedAgain() {
        Row row = new Row(new Text("a"));
        AppTester t = AppTester.start(page -> page.add(row,
                new Button("off", e -> row.node().internal("host_expanded", null)),
                new Button("on", e -> row.node().internal("host_expanded", true))));
        t.click(t.find(Button.class, x -> x.content().get().equals("off")));
        assertEquals(null, internals(t, row).get("host_expanded"));
        t.click(t.find(Button.class, x -> x.content().get().equals("on")));
        assertEquals(true, internals(t, row).get("host_expanded"));
        assertSame(new Row().node().internals(), row.node().internals());
        t.assertClientInSync();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> internals(AppTester t, Row row) {
        Object value = t.client().control(row.node().id()).get("_internals");
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @Test
    void listOfHints_isAPlainValue() {
        Container a = new Container();
        assertEquals(List.of("width", "height", "margin"), a.node().internals().get("skip_properties"));
    }
}
