package dev.jflet.core.internal.patch;

import dev.jflet.core.Control;
import dev.jflet.core.controls.core.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Op lists for the list changes Flet's own diff tests pin down (flet-protocol.md §3.4, §7). */
class ListDiffTest {
    private final Text a = new Text("a");
    private final Text b = new Text("b");
    private final Text c = new Text("c");
    private final Text d = new Text("d");

    private List<Object> ops(List<Control> before, List<Control> after) {
        PatchBuilder patch = new PatchBuilder();
        ControlSerializer serializer = new ControlSerializer(node -> {
        });
        ListDiff.diff(before, after, List.of("controls"), patch, serializer, new ArrayList<>(), new ArrayList<>());
        List<Object> wire = patch.toWire();
        List<Object> out = new ArrayList<>();
        for (Object op : wire.subList(1, wire.size())) {
            List<?> l = (List<?>) op;
            List<Object> compact = new ArrayList<>(l);
            if ((Integer) l.get(0) <= 1) {
                compact.set(3, ((java.util.Map<?, ?>) l.get(3)).get("value"));
            }
            out.add(compact);
        }
        return out;
    }

    @Test
    void reverse_threeItems_emitsTwoMoves() {
        assertEquals(List.of(List.of(3, 1, 2, 1, 0), List.of(3, 1, 2, 1, 1)), ops(List.of(a, b, c), List.of(c, b, a)));
    }

    @Test
    void insertAtIndexOne_emitsOneAdd() {
        assertEquals(List.of(List.of(1, 1, 1, "d")), ops(List.of(a, b), List.of(a, d, b)));
    }

    @Test
    void popFirstAndAppend_emitsRemoveThenAdd() {
        assertEquals(List.of(List.of(2, 1, 0), List.of(1, 1, 2, "d")), ops(List.of(a, b, c), List.of(b, c, d)));
    }

    @Test
    void replaceOneItem_foldsIntoReplace() {
        assertEquals(List.of(List.of(0, 1, 1, "d")), ops(List.of(a, b, c), List.of(a, d, c)));
    }

    @Test
    void removeTail_removesAtEnd() {
        assertEquals(List.of(List.of(2, 1, 2), List.of(2, 1, 1)), ops(List.of(a, b, c), List.of(a)));
    }

    @Test
    void swapFirstAndLast_movesAsFletDoes() {
        assertEquals(List.of(List.of(3, 1, 3, 1, 0), List.of(3, 1, 2, 1, 1), List.of(3, 1, 3, 1, 2)),
                ops(List.of(a, b, c, d), List.of(d, b, c, a)));
    }

    @Test
    void unchanged_emitsNothing() {
        assertEquals(List.of(), ops(List.of(a, b), List.of(a, b)));
    }
}
