package dev.jflet.site.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.testing.AppTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows app on the JVM, through the real protocol: each operation, and the client stays in sync. */
class RowsAppTest {
    @Test
    void rows_everyOperation_keepsTheClientInSync() {
        AppTester t = AppTester.start(Rows::app);
        Column table = t.byKey("rows", Column.class);

        t.click(t.byKey("run", Button.class));
        assertEquals(1000, table.controls().size());
        assertEquals("1", id(table, 0));
        assertEquals(List.of("humble olive garden", "fancy slate harbor"), List.of(label(table, 0), label(table, 1)));

        t.click(t.byKey("update", Button.class));
        assertEquals("humble olive garden !!!", label(table, 0));
        assertEquals("fancy slate harbor", label(table, 1));
        t.assertClientInSync();

        t.fire(labelText(table, 2), "tap", null);
        assertEquals(Rows.SELECTED, t.client().control(row(table, 2)).get("bgcolor"));
        t.fire(labelText(table, 3), "tap", null);
        assertEquals(null, t.client().control(row(table, 2)).get("bgcolor"));

        t.click(t.byKey("swaprows", Button.class));
        assertEquals(List.of("999", "2"), List.of(id(table, 1), id(table, 998)));
        t.assertClientInSync();

        String removed = id(table, 4);
        IconButton remove = (IconButton) ((Row) row(table, 4).content().orElseThrow()).controls().get(2);
        t.click(remove);
        assertEquals(999, table.controls().size());
        t.assertClientInSync();
        assertTrue(table.controls().stream().noneMatch(c -> id((Container) c).equals(removed)));

        t.click(t.byKey("add", Button.class));
        assertEquals(1999, table.controls().size());
        t.assertClientInSync();
        t.click(t.byKey("clear", Button.class));
        assertEquals(0, table.controls().size());
        t.assertClientInSync();
        assertTrue(t.problems().isEmpty(), t.problems().toString());
    }

    private static Container row(Column table, int index) {
        return (Container) table.controls().get(index);
    }

    private static Text labelText(Column table, int index) {
        return (Text) ((Row) row(table, index).content().orElseThrow()).controls().get(1);
    }

    private static String label(Column table, int index) {
        return labelText(table, index).value();
    }

    private static String id(Column table, int index) {
        return id(row(table, index));
    }

    private static String id(Container row) {
        return ((Text) ((Row) row.content().orElseThrow()).controls().get(0)).value();
    }
}
