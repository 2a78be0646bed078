package dev.jflet.core.testing;

import dev.jflet.core.Control;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.DataCell;
import dev.jflet.core.controls.material.DataColumn;
import dev.jflet.core.controls.material.DataRow;
import dev.jflet.core.controls.material.DataTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random edits of several child lists between updates: items moved within and between lists, lists edited several
 * times before one update, a column taken off the page, edited there and put back, a list of a control outside any
 * page, a table with two lists. After each update the client's page must equal the app's.
 */
class ListMovesFuzzTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void randomEditsOfSeveralLists_keepTheClientInSync(long seed) {
        Random rnd = new Random(seed);
        Column first = new Column(texts("a", 5));
        Row row = new Row(texts("r", 3));
        first.controls().add(row);
        Column second = new Column(texts("b", 4));
        DataTable table = new DataTable(List.of(new DataColumn("x"), new DataColumn("y")), new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            table.rows().add(new DataRow(new DataCell("c" + i)));
        }
        Column outside = new Column(texts("o", 2));
        AppTester t = AppTester.start(page -> page.add(first, second, table));
        List<List<Control>> lists = List.of(first.controls(), second.controls(), row.controls(), outside.controls());
        int made = 0;

        for (int step = 0; step < 1500; step++) {
            List<Control> list = lists.get(rnd.nextInt(lists.size()));
            List<Control> other = lists.get(rnd.nextInt(lists.size()));
            int size = list.size();
            switch (rnd.nextInt(14)) {
                case 0, 1 -> list.add(rnd.nextInt(size + 1), new Text("n" + made++));
                case 2 -> {
                    if (size > 0 && list.get(size - 1) != row) {
                        list.remove(size - 1);
                    }
                }
                case 3, 4 -> {
                    // a Text moved within its list or into another one
                    Control c = size == 0 ? null : list.get(rnd.nextInt(size));
                    if (c instanceof Text) {
                        list.remove(c);
                        other.add(rnd.nextInt(other.size() + 1), c);
                    }
                }
                case 5 -> {
                    Control c = size == 0 ? null : list.get(rnd.nextInt(size));
                    if (c instanceof Text) {
                        ((Text) c).value("e" + rnd.nextInt(50));
                    }
                }
                case 6 -> {
                    if (size > 1) {
                        Collections.swap(list, 0, size - 1);
                    }
                }
                case 7 -> list.addAll(rnd.nextInt(size + 1), List.of(new Text("m" + made++), new Text("m" + made++)));
                case 8 -> {
                    int from = rnd.nextInt(size + 1);
                    List<Control> part = list.subList(from, from + rnd.nextInt(size - from + 1));
                    part.removeIf(c -> c instanceof Text && rnd.nextBoolean());
                }
                case 9 -> {
                    for (ListIterator<Control> it = list.listIterator(); it.hasNext(); ) {
                        if (it.next() instanceof Text && rnd.nextInt(4) == 0) {
                            it.set(new Text("s" + made++));
                        }
                    }
                }
                case 10 -> {
                    // the second column leaves the page, or comes back where it was
                    List<Control> page = t.page().controls();
                    if (page.contains(second)) {
                        page.remove(second);
                    } else {
                        page.add(1, second);
                    }
                }
                case 11 -> {
                    // the row moves between the two columns
                    if (first.controls().remove(row)) {
                        second.controls().add(rnd.nextInt(second.controls().size() + 1), row);
                    } else if (second.controls().remove(row)) {
                        first.controls().add(rnd.nextInt(first.controls().size() + 1), row);
                    }
                }
                case 12 -> {
                    List<DataRow> rows = table.rows();
                    if (!rows.isEmpty() && rnd.nextBoolean()) {
                        rows.add(rows.remove(0));
                    } else {
                        rows.add(rnd.nextInt(rows.size() + 1), new DataRow(new DataCell("d" + made++)));
                    }
                    if (rnd.nextBoolean()) {
                        table.columns().add(table.columns().remove(0));
                    }
                }
                default -> {
                    t.page().update();
                    t.assertClientInSync();
                }
            }
        }
        t.page().update();
        t.assertClientInSync();
        assertEquals(1, Collections.frequency(first.controls(), row) + Collections.frequency(second.controls(), row));
        assertTrue(made > 100, "the edits made " + made + " controls");
    }

    private static Control[] texts(String prefix, int count) {
        Control[] out = new Control[count];
        for (int i = 0; i < count; i++) {
            out[i] = new Text(prefix + i);
        }
        return out;
    }
}
