package dev.jflet.core.internal.tree;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.internal.props.Prop;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlNodeLinksTest {
    @Test
    void mountedChildTakenOut_showsItsOldParentUntilUnmounted() {
        Text a = mounted(new Text("a"));
        Column col = new Column(a);

        takeOut(col, a);
        assertTrue(Nodes.mounted(a));

        Nodes.unmount(a);
        assertNull(Nodes.parent(a));
        assertNull(Nodes.shownParent(a));
    }

    @Test
    void mountedChildTakenOutAndAddedElsewhere_hasItsNewParent() {
        Text a = mounted(new Text("a"));
        Column first = new Column(a);
        Column second = new Column();

        first.controls().remove(a);
        second.controls().add(a);
        assertSame(second, Nodes.parent(a));
        assertSame(second, Nodes.shownParent(a));

        // Released by the parent it left, the child stays where it is now.
        Nodes.release(first, a);
        assertSame(second, Nodes.parent(a));

        Nodes.unmount(a);
        assertSame(second, Nodes.parent(a));
        assertSame(second, Nodes.shownParent(a));
    }

    @Test
    void mountedChildTakenOutAndPutBack_isLinkedAgain() {
        Text a = mounted(new Text("a"));
        Column col = new Column(a);

        col.controls().remove(a);
        col.controls().add(a);
        assertSame(col, Nodes.parent(a));
        takeOut(col, a);
    }

    /** {@code text}, as the client knows it. */
    private static Text mounted(Text text) {
        Nodes.mount(text);
        return text;
    }

    /** Removes {@code child} from {@code col}, where the client still shows it. */
    private static void takeOut(Column col, Text child) {
        col.controls().remove(child);
        assertNull(Nodes.parent(child));
        assertSame(col, Nodes.shownParent(child));
    }

    @Test
    void unmountedChildTakenOut_hasNoParentAtAll() {
        Text a = new Text("a");
        Column col = new Column(a);
        col.controls().remove(a);
        assertNull(Nodes.parent(a));
        assertNull(Nodes.shownParent(a));
    }

    @Test
    void childHeldTwice_staysLinkedUntilReleasedTwice() {
        Text a = mounted(new Text("a"));
        Column col = new Column(a, a);
        col.controls().remove(0);
        assertSame(col, Nodes.parent(a));
        col.controls().remove(0);
        assertNull(Nodes.parent(a));
        assertSame(col, Nodes.shownParent(a));
    }

    @Test
    void childHeldInAListAndAPropertyOfOneParent_staysLinkedUntilReleasedFromBoth() {
        Prop<Object> extra = Prop.outbound("extra", null);
        Text a = mounted(new Text("a"));
        Column col = new Column(a);
        Nodes.set(col, extra, a);
        col.controls().remove(a);
        assertSame(col, Nodes.parent(a));
        Nodes.set(col, extra, null);
        assertNull(Nodes.parent(a));
        assertSame(col, Nodes.shownParent(a));

        Text b = mounted(new Text("b"));
        Nodes.set(col, extra, b);
        col.controls().add(b);
        Nodes.set(col, extra, null);
        assertSame(col, Nodes.parent(b));
        col.controls().clear();
        assertNull(Nodes.parent(b));
    }

    @Test
    void holdsBeyondTheirBits_areRefusedAndLeaveTheOtherFlagsAlone() {
        Text a = new Text("a");
        Nodes.isolated(a, true);
        Nodes.markBuilt(a);
        Nodes.mount(a);
        Column col = new Column();
        col.controls().addAll(Collections.nCopies(ControlNode.MAX_HOLDS, a));
        assertThrows(IllegalStateException.class, () -> col.controls().add(a));

        assertSame(col, Nodes.parent(a));
        assertTrue(Nodes.isolated(a));
        assertTrue(Nodes.built(a));
        assertTrue(Nodes.mounted(a));
        assertEquals("a", a.value());
        assertEquals(1, Nodes.storedCount(a));
        for (int i = 0; i < ControlNode.MAX_HOLDS - 1; i++) {
            Nodes.release(col, a);
        }
        assertSame(col, Nodes.parent(a));
        Nodes.release(col, a);
        assertNull(Nodes.parent(a));
        assertSame(col, Nodes.shownParent(a));
        assertTrue(Nodes.isolated(a));
        assertTrue(Nodes.mounted(a));
    }

    @Test
    void storedValuesBeyondTheirBits_areRefusedAndLeaveTheRestAlone() {
        List<Prop<Object>> props = new ArrayList<>();
        for (int i = 0; i <= ControlNode.MAX_SIZE; i++) {
            props.add(Prop.outbound("p" + i, null));
        }
        Text a = new Text();
        Column col = new Column(a, a);
        Nodes.isolated(a, true);
        for (int i = 0; i < ControlNode.MAX_SIZE; i++) {
            Nodes.set(a, props.get(i), i);
        }
        Prop<Object> last = props.get(ControlNode.MAX_SIZE);
        assertThrows(IllegalStateException.class, () -> Nodes.set(a, last, "x"));

        assertEquals(ControlNode.MAX_SIZE, Nodes.storedCount(a));
        assertNull(Nodes.get(a, last));
        for (int i = 0; i < ControlNode.MAX_SIZE; i++) {
            assertSame(props.get(i), Nodes.storedProp(a, i));
            assertEquals(i, Nodes.get(a, props.get(i)));
        }
        assertTrue(Nodes.isolated(a));
        assertFalse(Nodes.built(a));
        col.controls().remove(0);
        assertSame(col, Nodes.parent(a));
        col.controls().remove(0);
        assertNull(Nodes.parent(a));

        Nodes.set(a, props.get(0), null);
        Nodes.set(a, last, "x");
        assertEquals(ControlNode.MAX_SIZE, Nodes.storedCount(a));
        assertEquals("x", Nodes.get(a, last));
    }
}
