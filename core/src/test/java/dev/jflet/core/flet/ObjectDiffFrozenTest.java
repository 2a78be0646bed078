package dev.jflet.core.flet;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.jflet.core.flet.FletDiff.add;
import static dev.jflet.core.flet.FletDiff.control;
import static dev.jflet.core.flet.FletDiff.move;
import static dev.jflet.core.flet.FletDiff.path;
import static dev.jflet.core.flet.FletDiff.remove;
import static dev.jflet.core.flet.FletDiff.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The keyed-list and event-flag cases of Flet's {@code test_object_diff_frozen.py}, replayed in place.
 *
 * <p>jflet has no frozen mode, but for these cases Flet's in-place diff runs the same keyed reconciliation
 * ({@code _compare_lists}): there an item's key is its explicit key or its identity, and a matched item's
 * changes come from its dirty properties instead of a value comparison. So each case keeps the surviving
 * Text objects, assigns the new values, reorders the list, and expects Flet's op list unchanged.
 */
class ObjectDiffFrozenTest {
    private final Column col = new Column();
    private final List<Text> items = new ArrayList<>();
    private FletDiff d;

    /** Starts a page holding a column of keyed texts with these keys and values. */
    private void start(Object... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Text t = new Text((String) keysAndValues[i + 1]).key(String.valueOf(keysAndValues[i]));
            items.add(t);
            col.controls().add(t);
        }
        d = FletDiff.start(page -> page.add(col));
    }

    /** The text with this key, as the page holds it. */
    private Text item(int key) {
        for (Text t : items) {
            if (t.key().get().equals(String.valueOf(key))) {
                return t;
            }
        }
        throw new AssertionError("no item with key " + key);
    }

    /** Makes the column hold these items, in order: a key with a value is new, a bare key is kept. */
    private List<List<Object>> reorderAndUpdate(Object... keys) {
        List<Text> next = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (i + 1 < keys.length && keys[i + 1] instanceof String) {
                Text t = new Text((String) keys[i + 1]).key(String.valueOf(keys[i]));
                items.add(t);
                next.add(t);
                i++;
            } else {
                next.add(item((Integer) keys[i]));
            }
        }
        col.controls().clear();
        col.controls().addAll(next);
        return d.update(col);
    }

    private static Map<Object, Object> keyed(int key, String value) {
        return control("Text", "key", String.valueOf(key), "value", value);
    }

    private static List<Object> value(int index, String value) {
        return replace(path("controls", index, "value"), value);
    }

    private static List<Object> at(int index) {
        return path("controls", index);
    }

    // test_compare_objects_replaced_with_control_keys
    @Test
    void keyedList_allItemsReplaced_emitsRemoveReplaceAdd() {
        start(3, "1", 4, "1");
        assertEquals(List.of(remove(at(0)), replace(at(0), keyed(1, "0")), add(at(1), keyed(2, "0"))),
                reorderAndUpdate(1, "0", 2, "0"));
    }

    // test_compare_objects_updated_and_moved_with_control_keys
    @Test
    void keyedList_swapAndEditBoth_editsMovedItemAtSourceFirst() {
        start(2, "0", 1, "0");
        item(1).value("1");
        item(2).value("2");
        assertEquals(List.of(value(1, "1"), move(at(1), at(0)), value(1, "2")), reorderAndUpdate(1, 2));
    }

    // test_compare_objects_added
    @Test
    void keyedList_addAroundEditedAndSwappedItems_emitsFletSequence() {
        start(3, "1", 4, "1", 5, "1", 6, "1");
        item(4).value("40");
        item(3).value("30");
        item(5).value("0");
        item(6).value("0");
        assertEquals(List.of(
                add(at(0), keyed(1, "0")),
                add(at(1), keyed(2, "0")),
                value(3, "40"),
                move(at(3), at(2)),
                value(3, "30"),
                value(4, "0"),
                value(5, "0"),
                add(at(6), keyed(7, "0")),
                add(at(7), keyed(8, "0"))), reorderAndUpdate(1, "0", 2, "0", 4, 3, 5, 6, 7, "0", 8, "0"));
    }

    // test_lists_with_key_diff (LineChart points there; a column of texts here)
    @Test
    void keyedList_dropFirstEditOneAppend_emitsRemoveEditAdd() {
        start(0, "1", 1, "2", 2, "3");
        item(2).value("2");
        assertEquals(List.of(remove(at(0)), value(1, "2"), add(at(2), keyed(3, "5"))), reorderAndUpdate(1, 2, 3, "5"));
    }

    // test_list_insertions_with_keys
    @Test
    void keyedList_insertBetweenEditedItemsAndReplaceLast_emitsLiveIndices() {
        start(2, "Line 2", 4, "Line 4", 6, "Line 6", 8, "Line 8");
        item(2).value("Line 2 (updated)");
        item(4).value("Line 4 (updated)");
        item(6).value("Line 6 (updated)");
        assertEquals(List.of(
                add(at(0), keyed(1, "Line 1")),
                value(1, "Line 2 (updated)"),
                add(at(2), keyed(3, "Line 3")),
                value(3, "Line 4 (updated)"),
                add(at(4), keyed(5, "Line 5")),
                value(5, "Line 6 (updated)"),
                replace(at(6), keyed(7, "Line 7"))), reorderAndUpdate(1, "Line 1", 2, 3, "Line 3", 4, 5, "Line 5", 6,
                7, "Line 7"));
    }

    // test_list_move_1a
    @Test
    void keyedList_moveLastUpAndEditSkipped_editsAfterMove() {
        start(1, "Line 1", 2, "Line 2 (divider)", 3, "Line 3");
        item(2).value("Line 2");
        assertEquals(List.of(move(at(2), at(1)), value(2, "Line 2")), reorderAndUpdate(1, 3, 2));
    }

    // test_list_move_1b
    @Test
    void keyedList_moveLastUpAndEditIt_editsBeforeMove() {
        start(1, "Line 1", 2, "Line 2", 3, "Line 3 (divider)");
        item(3).value("Line 3");
        assertEquals(List.of(value(2, "Line 3"), move(at(2), at(1))), reorderAndUpdate(1, 3, 2));
    }

    // test_list_move_1c
    @Test
    void keyedList_moveTwoToFrontAndEditFive_emitsTwoMovesThenEdits() {
        start(1, "Line 1 (divider)", 2, "Line 2 (divider)", 3, "Line 3 (divider)", 4, "Line 4", 5, "Line 5", 6,
                "Line 6 (divider)", 7, "Line 7 (divider)", 8, "Line 8");
        for (int k : new int[] {1, 2, 3, 6, 7}) {
            item(k).value("Line " + k);
        }
        assertEquals(List.of(
                move(at(7), at(0)),
                move(at(5), at(1)),
                value(2, "Line 1"),
                value(3, "Line 2"),
                value(4, "Line 3"),
                value(6, "Line 6"),
                value(7, "Line 7")), reorderAndUpdate(8, 5, 1, 2, 3, 4, 6, 7));
    }

    // test_list_move_1d
    @Test
    void keyedList_moveLastToFront_editsShiftedItemsAfterMove() {
        start(1, "Line 1 (divider)", 2, "Line 2 (divider)", 3, "Line 3", 4, "Line 4");
        item(1).value("Line 1");
        item(2).value("Line 2");
        assertEquals(List.of(move(at(3), at(0)), value(1, "Line 1"), value(2, "Line 2")),
                reorderAndUpdate(4, 1, 2, 3));
    }

    // test_list_move_2a
    @Test
    void keyedList_rotateRight_emitsOneMoveThenEdit() {
        start(1, "Line 1", 2, "Line 2 (divider)", 3, "Line 3");
        item(2).value("Line 2");
        assertEquals(List.of(move(at(2), at(0)), value(2, "Line 2")), reorderAndUpdate(3, 1, 2));
    }

    // test_list_move_2
    @Test
    void keyedList_swapMiddleAndEditThree_emitsEditsAroundMove() {
        start(1, "Line 1", 2, "Line 2", 3, "Line 3", 4, "Line 4", 0, "Line 0");
        item(2).value("Line 2 (updated)");
        item(4).value("Line 4 (updated)");
        item(3).value("Line 3 (updated)");
        assertEquals(List.of(
                value(1, "Line 2 (updated)"),
                value(3, "Line 4 (updated)"),
                move(at(3), at(2)),
                value(3, "Line 3 (updated)")), reorderAndUpdate(1, 2, 4, 3, 0));
    }

    // test_list_move_3
    @Test
    void keyedList_reverseAndEditFirst_emitsTwoMovesThenEdit() {
        start(1, "Line 1", 2, "Line 2", 3, "Line 3");
        item(1).value("Line 1 (updated)");
        assertEquals(List.of(move(at(2), at(0)), move(at(2), at(1)), value(2, "Line 1 (updated)")),
                reorderAndUpdate(3, 2, 1));
    }

    // test_list_move_4
    @Test
    void keyedList_reverseAndEditMiddle_editsBetweenMoves() {
        start(1, "Line 1", 2, "Line 2", 3, "Line 3");
        item(2).value("Line 2 (updated)");
        assertEquals(List.of(move(at(2), at(0)), value(2, "Line 2 (updated)"), move(at(2), at(1))),
                reorderAndUpdate(3, 2, 1));
    }

    // test_list_move_5
    @Test
    void keyedList_swapAndEditFirstAndMoved_emitsEditsThenMove() {
        start(1, "Line 1", 2, "Line 2", 3, "Line 3", 4, "Line 4", 5, "Line 5");
        item(1).value("Line 1 (updated)");
        item(4).value("Line 4 (updated)");
        assertEquals(List.of(value(0, "Line 1 (updated)"), value(3, "Line 4 (updated)"), move(at(3), at(2))),
                reorderAndUpdate(1, 2, 4, 3, 5));
    }

    // test_list_move_6
    @Test
    void keyedList_dropFirstEditRestAppend_emitsRemoveEditsAdd() {
        start(0, "Line 0", 1, "Line 1", 2, "Line 2");
        item(1).value("Line 1 (updated)");
        item(2).value("Line 2 (updated)");
        assertEquals(List.of(
                remove(at(0)),
                value(0, "Line 1 (updated)"),
                value(1, "Line 2 (updated)"),
                add(at(2), keyed(3, "Line 3 (updated)"))), reorderAndUpdate(1, 2, 3, "Line 3 (updated)"));
    }

    // test_list_move_7
    @Test
    void keyedList_reverseMiddleThree_emitsEditThenTwoMoves() {
        start(1, "Line 1", 2, "Line 2", 3, "Line 3", 4, "Line 4", 5, "Line 5");
        item(4).value("Line 4 (updated)");
        assertEquals(List.of(value(3, "Line 4 (updated)"), move(at(3), at(1)), move(at(3), at(2))),
                reorderAndUpdate(1, 4, 3, 2, 5));
    }

    // test_list_move_9
    @Test
    void keyedList_prependSwapAndDropLast_emitsAddsEditsMoveRemove() {
        start(3, "Line 3", 4, "Line 4", 5, "Line 5");
        item(4).value("Line 4 (updated)");
        item(3).value("Line 3 (updated)");
        assertEquals(List.of(
                add(at(0), keyed(1, "Line 1")),
                add(at(1), keyed(2, "Line 2")),
                value(3, "Line 4 (updated)"),
                move(at(3), at(2)),
                value(3, "Line 3 (updated)"),
                remove(at(4))), reorderAndUpdate(1, "Line 1", 2, "Line 2", 4, 3));
    }

    // test_list_move_10
    @Test
    void keyedList_swapLastTwoAndEditBoth_emitsEditMoveEdit() {
        start(1, "Group 1", 2, "Group 2 (divider)", 3, "Group 3 (divider)");
        item(3).value("Group 3");
        item(2).value("Group 2");
        assertEquals(List.of(value(2, "Group 3"), move(at(2), at(1)), value(2, "Group 2")),
                reorderAndUpdate(1, 3, 2));
    }

    // test_list_move_11
    @Test
    void keyedList_shiftLeftAndAppend_emitsRemoveEditsAdd() {
        start(0, "Group 0", 1, "Group 1 (divider)", 2, "Group 2 (divider)");
        item(1).value("Group 1");
        item(2).value("Group 2");
        assertEquals(List.of(
                remove(at(0)),
                value(0, "Group 1"),
                value(1, "Group 2"),
                add(at(2), keyed(3, "Group 3"))), reorderAndUpdate(1, 2, 3, "Group 3"));
    }

    // test_lists_in_place
    @Test
    void nestedLists_editInnerThenAppendOuter_emitsInnerOpsBeforeOuterAdd() {
        Text p0 = new Text("0");
        Text p1 = new Text("1");
        Text p2 = new Text("2");
        Column inner = new Column(p0, p1, p2);
        Column outer = new Column(inner);
        FletDiff nested = FletDiff.start(page -> page.add(outer));
        inner.controls().remove(0);
        ((Text) inner.controls().get(1)).value("10");
        inner.controls().add(new Text("3"));
        outer.controls().add(new Column(new Text("20")));
        assertEquals(List.of(
                remove(path("controls", 0, "controls", 0)),
                replace(path("controls", 0, "controls", 1, "value"), "10"),
                add(path("controls", 0, "controls", 2), FletDiff.text("3")),
                add(path("controls", 1), control("Column", "_internals", Map.of("host_expanded", true), "controls",
                        List.of(FletDiff.text("20"))))), nested.update(outer));
    }

    // test_fields_start_with_on
    @Test
    void text_valueChangedAndHandlerSet_sendsValueThenEventTrueOnWire() {
        Text t = new Text("Text 1");
        FletDiff single = FletDiff.start(page -> page.add(t));
        t.value("Text 2");
        t.onTap(e -> {
        });
        assertEquals(List.of(List.of(0), List.of(0, 0, "value", "Text 2"), List.of(0, 0, "on_tap", true)),
                single.updateWire(t));
    }

    // test_fields_start_with_on_update
    @Test
    void text_valueChangedAndHandlerCleared_sendsValueThenEventFalseOnWire() {
        Text t = new Text("Text 1").onTap(e -> {
        });
        FletDiff single = FletDiff.start(page -> page.add(t));
        t.value("Text 2");
        t.onTap((dev.jflet.core.EventHandler<dev.jflet.core.Event<Text>>) null);
        assertEquals(List.of(List.of(0), List.of(0, 0, "value", "Text 2"), List.of(0, 0, "on_tap", false)),
                single.updateWire(t));
    }
}
