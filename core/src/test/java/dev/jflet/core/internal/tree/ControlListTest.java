package dev.jflet.core.internal.tree;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.testing.AppTester;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ControlListTest {
    @Test
    void reverse_swapsThroughSet_keepsEveryItemLinkedToItsParent() {
        Text a = new Text("a");
        Text b = new Text("b");
        Column col = new Column(a, new Text("m"), b);
        Collections.reverse(col.controls());
        assertSame(col.node(), a.node().parent());
        assertSame(col.node(), b.node().parent());
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
        assertEquals("edited", t.client().control(a.node().id()).get("value"));
        t.assertClientInSync();
    }

    @Test
    void removedControl_isUnlinkedFromItsParent() {
        Text a = new Text("a");
        Column col = new Column(a);
        col.controls().remove(a);
        assertEquals(null, a.node().parent());
    }
}
