package dev.jflet.core.flet;

import dev.jflet.core.Control;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.AlertDialog;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.tree.Nodes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static dev.jflet.core.flet.FletDiff.add;
import static dev.jflet.core.flet.FletDiff.control;
import static dev.jflet.core.flet.FletDiff.move;
import static dev.jflet.core.flet.FletDiff.path;
import static dev.jflet.core.flet.FletDiff.remove;
import static dev.jflet.core.flet.FletDiff.replace;
import static dev.jflet.core.flet.FletDiff.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flet's in-place diff expectations ({@code sdk/python/packages/flet/tests/test_object_diff_in_place.py}),
 * played through the real protocol: the app edits its controls, calls {@code update()}, and the patch it
 * sends must hold exactly Flet's ops (flet-protocol.md §3.4, §3.5).
 */
class ObjectDiffInPlaceTest {
    /** Flet's test subclass: a Button subclass without its own type name; logs mounts and unmounts. */
    static final class SuperButton extends Button {
        private final List<String> log;

        SuperButton(String text, List<String> log) {
            super(text);
            this.log = log;
        }

        @Override
        protected void didMount() {
            log.add("added " + content().get());
        }

        @Override
        protected void willUnmount() {
            log.add("removed " + content().get());
        }
    }

    private static Map<Object, Object> button(String content) {
        return control("Button", "content", content);
    }

    private static Column column(Control... controls) {
        return new Column(controls);
    }

    // test_control_type
    @Test
    void button_newInstance_hasTypeButton() {
        assertEquals("Button", Nodes.type(new Button("some button")));
    }

    // test_control_id
    @Test
    void control_newInstance_hasPositiveIdAboveWindow() {
        assertTrue(Nodes.id(new Button("some button")) > 2);
    }

    // test_inherited_control_has_the_same_type
    @Test
    void subclass_withoutOwnTypeName_keepsParentType() {
        assertEquals("Button", Nodes.type(new SuperButton("2", new ArrayList<>())));
    }

    // test_simple_page (initial message: page and window have fixed ids; unset events are absent)
    @Test
    void page_initialMessage_hasFixedIdsAndNoUnsetEvents() {
        FletDiff d = FletDiff.start(page -> {
        });
        @SuppressWarnings("unchecked")
        Map<Object, Object> p = (Map<Object, Object>) d.tester.frames(Action.REGISTER_CLIENT).get(0).get("page_patch");
        assertEquals(1, p.get("_i"));
        assertEquals("Page", p.get("_c"));
        assertEquals(2, ((Map<?, ?>) p.get("window")).get("_i"));
        assertEquals(1, ((List<?>) p.get("views")).size());
        assertTrue(p.keySet().stream().noneMatch(k -> String.valueOf(k).startsWith("on_")), p.toString());
    }

    // test_simple_page (the edit sequence after the initial message)
    @Test
    void simplePage_inPlaceEdits_emitFletOpsAtEachStep() {
        List<String> log = new ArrayList<>();
        Column div = new Column().alignment("center");
        FletDiff d = FletDiff.start(page -> {
            page.onKeyboardEvent(e -> {
            });
            page.add(div);
        });
        Page page = d.tester.page();

        // update sub-tree: clear an event, change a scalar, set a list that was empty
        page.onKeyboardEvent(null);
        div.alignment("end");
        div.controls().addAll(List.of(new SuperButton("Button 😬", log).onClick(e -> {
        }), new SuperButton("Another Button", log)));
        assertEquals(List.of(
                replace(path("on_keyboard_event"), false),
                replace(path("views", 0, "controls", 0, "alignment"), "end"),
                replace(path("views", 0, "controls", 0, "controls"), List.of(
                        control("Button", "content", "Button 😬", "on_click", true), button("Another Button")))),
                d.update(page));
        assertEquals(List.of("added Button 😬", "added Another Button"), log);

        // replace control in a list
        log.clear();
        div.controls().set(0, new SuperButton("Foo", log));
        assertEquals(List.of(replace(path("views", 0, "controls", 0, "controls", 0), button("Foo"))), d.update(page));
        assertEquals(List.of("removed Button 😬", "added Foo"), log);

        // insert a new button at the start of a list, and edit the one it shifted
        log.clear();
        div.controls().add(0, new SuperButton("Bar", log));
        ((Button) div.controls().get(1)).content("Baz");
        assertEquals(List.of(
                add(path("views", 0, "controls", 0, "controls", 0), button("Bar")),
                replace(path("views", 0, "controls", 0, "controls", 1, "content"), "Baz")), d.update(page));
        assertEquals(List.of("added Bar"), log);

        log.clear();
        div.controls().clear();
        assertEquals(List.of(replace(path("views", 0, "controls", 0, "controls"), List.of())), d.update(page));
        assertEquals(3, log.size(), log.toString());
        assertTrue(log.stream().allMatch(s -> s.startsWith("removed ")), log.toString());
    }

    // test_fields_start_with_on (page part: clearing an event handler sends replace on_x false)
    @Test
    void pageEvent_clearedHandler_sendsReplaceFalseOnWire() {
        FletDiff d = FletDiff.start(page -> page.onKeyboardEvent(e -> {
        }));
        Page page = d.tester.page();
        page.onKeyboardEvent(null);
        assertEquals(List.of(List.of(0), List.of(0, 0, "on_keyboard_event", false)), d.updateWire(page));
    }

    // test_floating_action_button (controls part: appending to an empty page replaces the whole list)
    @Test
    void pageControls_appendToEmpty_replacesWholeList() {
        FletDiff d = FletDiff.start(page -> {
        });
        Page page = d.tester.page();
        Text counter = new Text("0").size(50);
        page.controls().add(new Container(counter).bgcolor("yellow").expand(true));
        Map<Object, Object> container = control("Container", "content", control("Text", "value", "0", "size", 50),
                "bgcolor", "yellow", "expand", true, "_internals", Map.of("skip_properties",
                        List.of("width", "height", "margin")));
        assertEquals(List.of(replace(path("views", 0, "controls"), List.of(container))), d.update(page));
    }

    // test_changes_tracking
    @Test
    void changesTracking_contentSizeAndAppend_emitsReplacesThenAdd() {
        Button btn = new Button().content(new Text("Click me!")).onClick(e -> {
        });
        FletDiff d = FletDiff.start(page -> page.add(btn));
        Page page = d.tester.page();
        btn.content(new Text("A new button content"));
        btn.width(300);
        btn.height(100);
        page.controls().add(new Text("Line 2"));
        assertEquals(List.of(
                replace(path("views", 0, "controls", 0, "content"), text("A new button content")),
                replace(path("views", 0, "controls", 0, "width"), 300),
                replace(path("views", 0, "controls", 0, "height"), 100),
                add(path("views", 0, "controls", 1), text("Line 2"))), d.update(page));
    }

    // test_add_remove_lists
    @Test
    void list_popFirstAndAppend_emitsRemoveThenAdd() {
        Column col = column(new Text("0"), new Text("1"), new Text("2"));
        FletDiff d = FletDiff.start(page -> page.add(col));
        col.controls().remove(0);
        col.controls().add(new Text("3"));
        assertEquals(List.of(remove(path("controls", 0)), add(path("controls", 2), text("3"))), d.update(col));
    }

    // test_reverse_list
    @Test
    void list_reverse_emitsTwoMovesFromTheEnd() {
        Column col = column(new Text("Line 1"), new Text("Line 2"), new Text("Line 3"));
        FletDiff d = FletDiff.start(page -> page.add(col));
        Collections.reverse(col.controls());
        assertEquals("Line 3", ((Text) col.controls().get(0)).value());
        assertEquals(List.of(move(path("controls", 2), path("controls", 0)), move(path("controls", 2),
                path("controls", 1))), d.update(col));
    }

    // test_list_insertions
    @Test
    void list_replaceItemsThenInsertBetween_emitsLiveIndices() {
        Column col = column(new Text("Line 2"), new Text("Line 4"), new Text("Line 6"), new Text("Line 8"));
        FletDiff d = FletDiff.start(page -> page.add(col));

        col.controls().set(0, new Text("Line 2 (updated)"));
        col.controls().set(1, new Text("Line 4 (updated)"));
        col.controls().set(2, new Text("Line 6 (updated)"));
        assertEquals(List.of(
                remove(path("controls", 0)),
                remove(path("controls", 0)),
                replace(path("controls", 0), text("Line 2 (updated)")),
                add(path("controls", 1), text("Line 4 (updated)")),
                add(path("controls", 2), text("Line 6 (updated)"))), d.update(col));

        col.controls().add(0, new Text("Line 1"));
        col.controls().add(2, new Text("Line 3"));
        col.controls().add(4, new Text("Line 5"));
        col.controls().add(6, new Text("Line 7"));
        ((Text) col.controls().get(3)).value("Line 4 (updated again)");
        assertEquals(List.of(
                add(path("controls", 0), text("Line 1")),
                add(path("controls", 2), text("Line 3")),
                replace(path("controls", 3, "value"), "Line 4 (updated again)"),
                add(path("controls", 4), text("Line 5")),
                add(path("controls", 6), text("Line 7"))), d.update(col));
    }

    // test_list_move_1_no_keys
    @Test
    void list_unkeyedReorderWithNewItems_emitsRemoveReplaceMoveAdd() {
        Text line1 = new Text("Line 1");
        Text line2 = new Text("Line 2");
        Text line3 = new Text("Line 3");
        Text line4 = new Text("Line 4");
        Text line5 = new Text("Line 5");
        Column col = column(line1, line2, line3, line4, line5);
        FletDiff d = FletDiff.start(page -> page.add(col));
        col.controls().clear();
        col.controls().addAll(List.of(new Text("Line 0"), line4, line3, line5, new Text("Line 6")));
        assertEquals(List.of(
                remove(path("controls", 0)),
                replace(path("controls", 0), text("Line 0")),
                move(path("controls", 2), path("controls", 1)),
                add(path("controls", 4), text("Line 6"))), d.update(col));
    }

    // test_list_with_keys_can_be_updated
    @Test
    void keyedList_append_emitsAddWithKey() {
        Column col = column(new Text("Line 1").key("1"), new Text("Line 2").key("2"));
        FletDiff d = FletDiff.start(page -> page.add(col));
        col.controls().add(new Text("Line 3").key("3"));
        assertEquals(List.of(add(path("controls", 2), control("Text", "key", "3", "value", "Line 3"))),
                d.update(col));
    }

    // test_list_without_keys_children_must_be_updated
    @Test
    void unkeyedList_moveAndEditItems_emitsEditAtSourceBeforeMove() {
        Column col = column(new Text("Line 1"), new Text("Line 2"), new Text("Line 3"), new Text("Line 4"));
        FletDiff d = FletDiff.start(page -> page.add(col));
        col.controls().add(0, col.controls().remove(2));
        ((Text) col.controls().get(0)).value("Line 3 (updated)");
        ((Text) col.controls().get(1)).value("Line 1 (updated)");
        ((Text) col.controls().get(2)).value("Line 2 (updated)");
        assertEquals(List.of(
                replace(path("controls", 2, "value"), "Line 3 (updated)"),
                move(path("controls", 2), path("controls", 0)),
                replace(path("controls", 1, "value"), "Line 1 (updated)"),
                replace(path("controls", 2, "value"), "Line 2 (updated)")), d.update(col));
    }

    // object_patch.py _compare_lists, keys unchanged: items are diffed in list order, whatever the edit order
    @Test
    void unchangedList_itemsEditedInReverse_emitsEditsInListOrder() {
        for (int count : new int[] {3, 12}) {
            List<Text> texts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                texts.add(new Text("t" + i));
            }
            Column col = new Column(texts);
            FletDiff d = FletDiff.start(page -> page.add(col));
            List<List<Object>> expected = new ArrayList<>();
            for (int i = count - 1; i >= 0; i--) {
                texts.get(i).value("e" + i);
            }
            for (int i = 0; i < count; i++) {
                expected.add(replace(path("controls", i, "value"), "e" + i));
            }
            assertEquals(expected, d.update(col), count + " items");
        }
    }

    // object_patch.py _compare_dataclasses: a control's lists are diffed before its single children
    @Test
    void dialog_editSingleChildThenListItem_emitsListItemFirst() {
        Text body = new Text("body");
        Text action = new Text("action");
        AlertDialog dialog = new AlertDialog().content(body).actions(action);
        FletDiff d = FletDiff.start(page -> page.showDialog(dialog));
        body.value("new body");
        action.value("new action");
        assertEquals(List.of(replace(path("actions", 0, "value"), "new action"),
                replace(path("content", "value"), "new body")), d.update(dialog));
    }

    // test_optional_structural_value_restored_after_none (+ test_list_to_dataclass_change_does_not_re_emit:
    // after a replace, a diff without changes emits nothing)
    @Test
    void childSlot_setToNullThenRestored_emitsReplaceNilThenReplaceControl() {
        Container host = new Container(new Text("default"));
        FletDiff d = FletDiff.start(page -> page.add(host));
        assertEquals(List.of(), d.update(host));

        host.content(null);
        assertEquals(List.of(Arrays.asList("replace", path("content"), null)), d.update(host));
        assertEquals(List.of(), d.update(host));

        host.content(new Text("restored"));
        assertEquals(List.of(replace(path("content"), text("restored"))), d.update(host));
        assertEquals(List.of(), d.update(host));
    }

    // value_types.Prop.__set__: assigning the value a property already has records nothing
    @Test
    void scalar_assignCurrentValue_sendsNothing() {
        Text t = new Text("same").size(12);
        FletDiff d = FletDiff.start(page -> page.add(t));
        t.value("same");
        t.size(12);
        assertEquals(List.of(), d.update(t));
        assertTrue(d.tester.frames(Action.PATCH_CONTROL).isEmpty());
    }

    // value_types.Prop.__set__ keeps a property dirty after a revert, so Flet sends `replace value "a"` again;
    // jflet drops a reverted change instead (DESIGN.md decision 3). The client ends in the same state.
    @Test
    void scalar_changedThenReverted_sendsNothing() {
        Text t = new Text("a");
        FletDiff d = FletDiff.start(page -> page.add(t));
        t.value("b");
        t.value("a");
        assertEquals(List.of(), d.update(t));
        t.value("c");
        assertEquals(List.of(replace(path("value"), "c")), d.update(t));
    }
}
