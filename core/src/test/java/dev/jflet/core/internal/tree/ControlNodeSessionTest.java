package dev.jflet.core.internal.tree;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.testing.AppTester;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlNodeSessionTest {
    private final Text a = new Text("a");
    private final Text b = new Text("b");
    private final Column col = new Column(a, b);

    private AppTester start() {
        AppTester t = AppTester.start(page -> page.add(col));
        t.clearFrames();
        return t;
    }

    @Test
    void twoSessions_eachChangeGoesToTheSessionOfItsPage() {
        AppTester first = start();
        Text other = new Text("other");
        AppTester second = AppTester.start(page -> page.add(other));
        second.clearFrames();
        TreeSession s1 = Nodes.session(first.page());
        TreeSession s2 = Nodes.session(second.page());
        assertNotNull(s1);
        assertNotNull(s2);
        assertNotSame(s1, s2);
        assertSame(s1, Nodes.session(a));
        assertSame(s2, Nodes.session(other));

        a.value("a1");
        other.value("other1");
        first.page().update();
        assertEquals(1, first.frames(Action.PATCH_CONTROL).size());
        assertEquals(0, second.frames().size());
        first.assertClientInSync();

        second.page().update();
        assertEquals(1, second.frames(Action.PATCH_CONTROL).size());
        second.assertClientInSync();
    }

    @Test
    void controlTakenOut_isMountedUntilTheUpdate_andItsChangeReachesItsSession() {
        AppTester t = start();
        col.controls().remove(a);
        assertTrue(Nodes.mounted(a));
        assertSame(Nodes.session(t.page()), Nodes.session(a));

        a.value("changed");
        col.controls().add(0, a);
        t.page().update();
        t.assertClientInSync();

        col.controls().remove(a);
        t.page().update();
        assertFalse(Nodes.mounted(a));
        assertNull(Nodes.session(a));
        t.assertClientInSync();
    }

    @Test
    void changeInAControlOutsideAnyPage_isSentWhenTheControlComesBack() {
        AppTester t = start();
        Column elsewhere = new Column();
        col.controls().remove(a);
        elsewhere.controls().add(a);
        assertTrue(Nodes.mounted(a));
        assertNull(Nodes.session(a));

        a.value("changed");
        elsewhere.controls().remove(a);
        col.controls().add(0, a);
        t.page().update();
        t.assertClientInSync();
        assertEquals("changed", t.client().control(a).get("value"));
    }

    @Test
    void changeDeepInsideASubtreeOutsideAnyPage_isSentWhenTheSubtreeComesBack() {
        Text inner = new Text("inner");
        Row row = new Row(inner);
        col.controls().add(row);
        AppTester t = start();
        Column first = new Column();
        Column second = new Column();
        col.controls().remove(row);
        first.controls().add(row);
        inner.value("changed");
        first.controls().remove(row);
        second.controls().add(row);
        second.controls().remove(row);
        col.controls().add(row);
        t.page().update();
        t.assertClientInSync();
        assertEquals("changed", t.client().control(inner).get("value"));
    }
}
