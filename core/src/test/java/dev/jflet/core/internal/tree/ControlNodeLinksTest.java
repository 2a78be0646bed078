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
        assertNull(a.node().slot());
        assertTrue(a.node().mounted());

        a.node().unmount();
        assertNull(a.node().parent());
        assertNull(a.node().shownParent());
    }

    @Test
    void mountedChildTakenOutAndAddedElsewhere_hasItsNewParent() {
        Text a = mounted(new Text("a"));
        Column first = new Column(a);
        Column second = new Column();

        first.controls().remove(a);
        second.controls().add(a);
        assertSame(second.node(), a.node().parent());
        assertSame(second.node(), a.node().shownParent());
        assertSame(((ControlList<?>) second.controls()).prop(), a.node().slot());

        // Released by the parent it left, the child stays where it is now.
        first.node().release(a.node());
        assertSame(second.node(), a.node().parent());

        a.node().unmount();
        assertSame(second.node(), a.node().parent());
        assertSame(second.node(), a.node().shownParent());
    }

    @Test
    void mountedChildTakenOutAndPutBack_isLinkedAgain() {
        Text a = mounted(new Text("a"));
        Column col = new Column(a);

        col.controls().remove(a);
        col.controls().add(a);
        assertSame(col.node(), a.node().parent());
        takeOut(col, a);
    }

    /** {@code text}, as the client knows it. */
    private static Text mounted(Text text) {
        text.node().mount();
        return text;
    }

    /** Removes {@code child} from {@code col}, where the client still shows it. */
    private static void takeOut(Column col, Text child) {
        col.controls().remove(child);
        assertNull(child.node().parent());
        assertSame(col.node(), child.node().shownParent());
    }

    @Test
    void unmountedChildTakenOut_hasNoParentAtAll() {
        Text a = new Text("a");
        Column col = new Column(a);
        col.controls().remove(a);
        assertNull(a.node().parent());
        assertNull(a.node().shownParent());
    }

    @Test
    void childHeldTwice_staysLinkedUntilReleasedTwice() {
        Text a = mounted(new Text("a"));
        Column col = new Column(a, a);
        col.controls().remove(0);
        assertSame(col.node(), a.node().parent());
        col.controls().remove(0);
        assertNull(a.node().parent());
        assertSame(col.node(), a.node().shownParent());
    }

    @Test
    void holdsBeyondTheirBits_areRefusedAndLeaveTheOtherFlagsAlone() {
        Text a = new Text("a");
        a.node().isolated(true);
        a.node().markBuilt();
        a.node().mount();
        Column col = new Column();
        col.controls().addAll(Collections.nCopies(ControlNode.MAX_HOLDS, a));
        assertThrows(IllegalStateException.class, () -> col.controls().add(a));

        assertSame(col.node(), a.node().parent());
        assertTrue(a.node().isolated());
        assertTrue(a.node().built());
        assertTrue(a.node().mounted());
        assertEquals("a", a.value());
        assertEquals(1, a.node().storedCount());
        for (int i = 0; i < ControlNode.MAX_HOLDS - 1; i++) {
            col.node().release(a.node());
        }
        assertSame(col.node(), a.node().parent());
        col.node().release(a.node());
        assertNull(a.node().parent());
        assertSame(col.node(), a.node().shownParent());
        assertTrue(a.node().isolated());
        assertTrue(a.node().mounted());
    }

    @Test
    void storedValuesBeyondTheirBits_areRefusedAndLeaveTheRestAlone() {
        List<Prop<Object>> props = new ArrayList<>();
        for (int i = 0; i <= ControlNode.MAX_SIZE; i++) {
            props.add(Prop.outbound("p" + i, null));
        }
        Text a = new Text();
        Column col = new Column(a, a);
        a.node().isolated(true);
        for (int i = 0; i < ControlNode.MAX_SIZE; i++) {
            a.node().set(props.get(i), i);
        }
        Prop<Object> last = props.get(ControlNode.MAX_SIZE);
        assertThrows(IllegalStateException.class, () -> a.node().set(last, "x"));

        assertEquals(ControlNode.MAX_SIZE, a.node().storedCount());
        assertNull(a.node().get(last));
        for (int i = 0; i < ControlNode.MAX_SIZE; i++) {
            assertSame(props.get(i), a.node().storedProp(i));
            assertEquals(i, a.node().get(props.get(i)));
        }
        assertTrue(a.node().isolated());
        assertFalse(a.node().built());
        col.controls().remove(0);
        assertSame(col.node(), a.node().parent());
        col.controls().remove(0);
        assertNull(a.node().parent());

        a.node().set(props.get(0), null);
        a.node().set(last, "x");
        assertEquals(ControlNode.MAX_SIZE, a.node().storedCount());
        assertEquals("x", a.node().get(last));
    }
}
