package dev.jflet.core.internal.patch;

import dev.jflet.core.Control;
import dev.jflet.core.controls.core.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void swapRowsTwoAnd999_emitsTwoMovesWhereFletMoves997() {
        List<Control> before = texts(1000);
        List<Control> after = new ArrayList<>(before);
        Collections.swap(after, 1, 998);
        List<Object> ops = ops(before, after);

        assertEquals(List.of(List.of(3, 1, 998, 1, 1), List.of(3, 1, 2, 1, 998)), ops);
        assertEquals(values(after), applied(before, ops));
    }

    @Test
    void randomEdits_opsTurnBeforeIntoAfter_withFewestMoves() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<Control> before = texts(random.nextInt(12));
            List<Control> after = new ArrayList<>(before);
            after.removeIf(c -> random.nextInt(4) == 0);
            Collections.shuffle(after.subList(0, random.nextInt(after.size() + 1)), random);
            for (int added = random.nextInt(3); added > 0; added--) {
                after.add(random.nextInt(after.size() + 1), new Text("new " + added));
            }
            List<Object> ops = ops(before, after);
            long moves = ops.stream().filter(op -> ((List<?>) op).get(0).equals(3)).count();
            assertEquals(values(after), applied(before, ops), "ops " + ops);
            assertTrue(moves <= FewestMoves.count(before, after) + ListDiff.EXTRA_MOVES_ALLOWED, "moves " + ops);
        }
    }

    @Test
    void randomLargeShuffles_opsTurnBeforeIntoAfter_withFewestMoves() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            List<Control> before = texts(200);
            List<Control> after = new ArrayList<>(before);
            for (int swaps = random.nextInt(30); swaps > 0; swaps--) {
                Collections.swap(after, random.nextInt(200), random.nextInt(200));
            }
            after.removeIf(c -> random.nextInt(20) == 0);
            after.add(random.nextInt(after.size() + 1), new Text("new"));
            List<Object> ops = ops(before, after);
            long moves = ops.stream().filter(op -> ((List<?>) op).get(0).equals(3)).count();
            assertEquals(values(after), applied(before, ops), "ops " + ops);
            assertTrue(moves <= FewestMoves.count(before, after) + ListDiff.EXTRA_MOVES_ALLOWED,
                    moves + " moves: " + ops);
        }
    }

    private static List<Object> values(List<Control> texts) {
        return new ArrayList<>(texts.stream().map(c -> (Object) ((Text) c).value()).toList());
    }

    private static List<Object> applied(List<Control> before, List<Object> ops) {
        List<Object> values = values(before);
        for (Object op : ops) {
            apply(values, (List<?>) op);
        }
        return values;
    }

    /** Applies one op as the client does (flet-protocol.md §3.4); a move removes, then inserts. */
    private static void apply(List<Object> values, List<?> op) {
        int type = (Integer) op.get(0);
        int index = (Integer) op.get(2);
        switch (type) {
            case 0 -> values.set(index, op.get(3));
            case 1 -> values.add(index, op.get(3));
            case 2 -> values.remove(index);
            default -> values.add((Integer) op.get(4), values.remove(index));
        }
    }

    private static List<Control> texts(int count) {
        List<Control> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(new Text(String.valueOf(i)));
        }
        return texts;
    }

    @Test
    void unchanged_emitsNothing() {
        assertEquals(List.of(), ops(List.of(a, b), List.of(a, b)));
    }
}
