package dev.jflet.core.internal.patch;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PatchBuilderTest {
    @Test
    void nestedPath_numbersNodesInOrderOfFirstUse() {
        PatchBuilder p = new PatchBuilder();
        p.replace(List.of("views", 0, "controls", 0), "value", "1");
        p.replace(List.of("views", 0, "controls", 1), "value", "2");
        Map<Object, Object> controls = new LinkedHashMap<>();
        controls.put(0, List.of(4));
        controls.put(1, List.of(5));
        Map<Object, Object> view = new LinkedHashMap<>();
        view.put("controls", List.of(3, controls));
        Map<Object, Object> views = new LinkedHashMap<>();
        views.put(0, List.of(2, view));
        Map<Object, Object> root = new LinkedHashMap<>();
        root.put("views", List.of(1, views));
        assertEquals(List.of(List.of(0, root), List.of(0, 4, "value", "1"), List.of(0, 5, "value", "2")), p.toWire());
    }

    @Test
    void rootOnly_treeIsJustZero() {
        PatchBuilder p = new PatchBuilder();
        p.remove(List.of(), "x");
        assertEquals(List.of(List.of(0), List.of(2, 0, "x")), p.toWire());
    }
}
