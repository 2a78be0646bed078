package dev.jflet.core.internal.tree;

import dev.jflet.core.Control;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.DataCell;
import dev.jflet.core.controls.material.DataColumn;
import dev.jflet.core.controls.material.DataRow;
import dev.jflet.core.controls.material.DataTable;
import dev.jflet.core.testing.AppTester;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlListTest {
    @Test
    void reverse_swapsThroughSet_keepsEveryItemLinkedToItsParent() {
        Text a = new Text("a");
        Text b = new Text("b");
        Column col = new Column(a, new Text("m"), b);
        Collections.reverse(col.controls());
        assertSame(col, Nodes.parent(a));
        assertSame(col, Nodes.parent(b));
    }

    @Test
    void reverseThenEdit_sendsTheEditToTheClient() {
        Text a = new Text("a");
        Column col = new Column(a, new Text("b"), new Text("c"));
        AppTester t = AppTester.start(page -> page.add(col,
                new Button("reverse", e -> Collections.reverse(col.controls())),
                new Button("edit", e -> a.value("edited"))));
        List<Button> buttons = List.of(t.find(Button.class, x -> x.content().get().equals("reverse")),
                t.find(Button.class, x -> x.content().get().equals("edit")));
        t.click(buttons.get(0)).click(buttons.get(1));
        assertEquals("edited", t.client().control(a).get("value"));
        t.assertClientInSync();
    }

    @Test
    void removedControl_isUnlinkedFromItsParent() {
        Text a = new Text("a");
        Column col = new Column(a);
        col.controls().remove(a);
        assertEquals(null, Nodes.parent(a));
    }

    @Test
    void listOperations_behaveAsAList_andLinkEveryItem() {
        Column col = new Column();
        List<Text> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            texts.add(new Text("t" + i));
        }
        col.controls().addAll(texts.subList(0, 10));
        col.controls().addAll(0, texts.subList(10, 20));
        col.controls().add(5, new Text("x"));
        col.controls().remove(5);
        col.controls().set(0, texts.get(0));
        assertEquals(20, col.controls().size());
        assertSame(texts.get(0), col.controls().get(0));
        assertSame(texts.get(11), col.controls().get(1));
        assertSame(texts.get(9), col.controls().get(19));
        assertEquals(null, Nodes.parent(texts.get(10)));
        for (int i = 1; i < 20; i++) {
            assertSame(col, Nodes.parent((Text) col.controls().get(i)));
        }
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> col.controls().get(20));
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class,
                () -> col.controls().add(21, new Text("y")));
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> col.controls().add(null));
        assertEquals(20, col.controls().size());
        col.controls().clear();
        assertEquals(0, col.controls().size());
        assertEquals(null, Nodes.parent(texts.get(0)));
    }

    @Test
    void mountedList_trimmedAndThenGrown_keepsItsItemsAndSendsTheAdd() {
        Column col = new Column(new Text("a"), new Text("b"));
        AppTester t = AppTester.start(page -> page.add(col,
                new Button("add", e -> col.controls().add(new Text("c")))));
        t.click(t.find(Button.class, x -> x.content().get().equals("add")));
        assertEquals(3, col.controls().size());
        assertEquals("c", ((Text) col.controls().get(2)).value());
        t.assertClientInSync();
    }

    @Test
    void mountedOwner_keepsWhatTheClientSawOfEachChangedList_untilItsChangesAreCleared() {
        Text a = new Text("a");
        Text b = new Text("b");
        Text c = new Text("c");
        Column col = new Column(a, b);
        ControlList<?> list = (ControlList<?>) col.controls();
        col.controls().add(c);
        assertNull(Nodes.listBefore(col, list), "the client knows nothing of a list not yet sent");

        Nodes.mount(col);
        assertNull(Nodes.listBefore(col, list));
        col.controls().remove(a);
        col.controls().add(0, c);
        col.controls().set(1, a);
        assertEquals(List.of(a, b, c), Nodes.listBefore(col, list));
        assertEquals(List.of(c, a, c), col.controls());
        assertTrue(Nodes.dirty(col));

        Nodes.clearChanges(col);
        assertNull(Nodes.listBefore(col, list));
        assertFalse(Nodes.dirty(col));
        col.controls().remove(0);
        assertEquals(List.of(c, a, c), Nodes.listBefore(col, list));
        assertSame(col, Nodes.parent(c), "c is still held once");
        Nodes.unmount(col);
        assertNull(Nodes.listBefore(col, list));
    }

    @Test
    void twoListsOfOneOwner_eachKeepWhatTheClientSaw() {
        DataColumn x = new DataColumn("x");
        DataColumn y = new DataColumn("y");
        DataRow r = new DataRow(new DataCell("r"));
        DataTable table = new DataTable(List.of(x, y), List.of(r));
        Nodes.mount(table);
        table.columns().add(table.columns().remove(0));
        assertEquals(List.of(x, y), Nodes.listBefore(table, (ControlList<?>) table.columns()));
        assertNull(Nodes.listBefore(table, (ControlList<?>) table.rows()));
        table.rows().clear();
        assertEquals(List.of(r), Nodes.listBefore(table, (ControlList<?>) table.rows()));
        assertEquals(List.of(x, y), Nodes.listBefore(table, (ControlList<?>) table.columns()));
    }

    @Test
    void iterators_failFastWhenTheListChangesBehindThem() {
        Column col = new Column(new Text("a"), new Text("b"));
        List<Control> list = col.controls();
        assertThrows(ConcurrentModificationException.class, () -> {
            for (Control c : list) {
                list.add(new Text("c"));
            }
        });
        List<Control> head = list.subList(0, 1);
        list.remove(0);
        assertThrows(ConcurrentModificationException.class, head::size);

        // Changes that keep the size are seen too, however many changes came before.
        for (int i = 0; i < 1000; i++) {
            list.add(0, new Text("x"));
            list.remove(0);
        }
        assertEquals(2, list.size());
        Iterator<Control> it = list.iterator();
        it.next();
        list.set(1, new Text("d"));
        assertThrows(ConcurrentModificationException.class, it::next);
        ListIterator<Control> back = list.listIterator(2);
        back.previous();
        list.add(new Text("e"));
        list.remove(2);
        assertThrows(ConcurrentModificationException.class, back::previous);
        assertEquals(2, list.size());
    }

    @Test
    void moreControlsThanAListHolds_areRefusedAndLeaveTheListAlone() {
        Text a = new Text("a");
        Text b = new Text("b");
        Column col = new Column(a);
        List<Text> tooMany = Collections.nCopies(ControlList.MAX_SIZE, b);
        assertThrows(IllegalStateException.class, () -> col.controls().addAll(tooMany));
        assertEquals(List.of(a), col.controls());
        assertNull(Nodes.parent(b));
        col.controls().add(b);
        assertEquals(List.of(a, b), col.controls());
    }
}
