package dev.jflet.core.internal.props;

import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.internal.tree.Nodes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void withInternals_sharesOneSetForEachNameAndMapObject() {
        PropSet declared = PropSet.of(null, A);
        PropSet row = declared.forType("row");
        Map<String, Object> hints = Map.of("host_expanded", true);
        PropSet hinted = row.withInternals(hints, true);

        assertEquals(Map.of(), row.internals());
        assertSame(hints, hinted.internals());
        assertEquals("row", hinted.type());
        assertSame(A, hinted.get("a"));
        assertSame(hinted, declared.forType("row").withInternals(hints, true));
        assertSame(row, hinted.withInternals(null, true));
        assertSame(row, hinted.withInternals(Map.of(), false));
        assertSame(row, declared.forType("row"));
        assertNotSame(hinted, row.withInternals(Map.of("host_expanded", true), true));
        assertNotSame(hinted, row.withInternals(hints, false));
        assertNotSame(hinted, declared.forType("column").withInternals(hints, true));
        assertEquals(hints, row.withInternals(hints, false).internals());
        assertThrows(IllegalStateException.class, () -> declared.withInternals(hints, true));
    }

    @Test
    void controlsOfOneType_shareOneNamedSet() {
        assertSame(Nodes.props(new Text("a")), Nodes.props(new Text("b")));
        assertEquals("Text", Nodes.type(new Text("c")));
        assertSame(Nodes.props(new Row()), Nodes.props(new Row()));
        assertEquals("Row", Nodes.type(new Row()));
    }
}
