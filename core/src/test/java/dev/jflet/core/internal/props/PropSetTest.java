package dev.jflet.core.internal.props;

import dev.jflet.core.controls.core.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class PropSetTest {
    private static final Prop<String> A = Prop.string("a", null);
    private static final Prop<List<Object>> ITEMS = Prop.controls("items");

    @Test
    void forType_namesTheSamePropertiesOnceForEachName() {
        PropSet declared = PropSet.of(null, A, ITEMS);
        PropSet first = declared.forType("first");
        PropSet second = declared.forType("second");

        assertNull(declared.type());
        assertEquals("first", first.type());
        assertEquals("second", second.type());
        assertSame(first, declared.forType("first"));
        assertSame(first, second.forType("first"));
        assertSame(second, first.forType("second"));
        assertNotSame(first, second);
        for (PropSet s : new PropSet[] {first, second}) {
            assertSame(A, s.get("a"));
            assertSame(ITEMS, s.get("items"));
            assertEquals(List.of(ITEMS), s.controlLists());
        }
    }

    @Test
    void controlsOfOneType_shareOneNamedSet() {
        assertSame(new Text("a").node().props(), new Text("b").node().props());
        assertEquals("Text", new Text("c").node().type());
    }
}
