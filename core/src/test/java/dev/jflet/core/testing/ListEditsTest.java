package dev.jflet.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.AppBar;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.DataCell;
import dev.jflet.core.controls.material.DataColumn;
import dev.jflet.core.controls.material.DataRow;
import dev.jflet.core.controls.material.DataTable;
import dev.jflet.core.controls.material.IconButton;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edits of a child list from handlers, each followed by the auto-update, keep the client in sync. */
class ListEditsTest {
    @Test
    void removeFromItsOwnHandler_afterAppendingInOneHandler_reachesTheClient() {
        Column list = new Column();
        AppTester t = AppTester.start(page -> page.add(new Button("fill", e -> {
            for (int i = 0; i < 10; i++) {
                Text text = new Text("row " + i);
                IconButton remove = new IconButton(0xe5cd);
                Container row = new Container(new Row(text, remove));
                remove.onClick(ev -> list.controls().remove(list.controls().indexOf(row)));
                list.controls().add(row);
            }
        }), list));

        t.click(t.find(Button.class));
        assertEquals(10, t.client().control(list).get("controls") instanceof List<?> l ? l.size() : -1);
        IconButton fifth = (IconButton) ((Row) ((Container) list.controls().get(4)).content().orElseThrow())
                .controls().get(1);
        t.click(fifth);

        assertEquals(9, list.controls().size());
        t.assertClientInSync();
    }

    @Test
    void replaceEveryItemOfALongList_sendsOneReplaceOfTheList() {
        Column list = new Column();
        AppTester t = AppTester.start(page -> page.add(new Button("replace", e -> {
            list.controls().clear();
            for (int i = 0; i < 100; i++) {
                list.controls().add(new Text("new " + i));
            }
        }), list));
        t.click(t.find(Button.class));
        t.clearFrames();

        t.click(t.find(Button.class));

        List<?> patch = (List<?>) t.frames(2).get(0).body().get("patch");
        assertEquals(2, patch.size(), "the path tree and one op: " + patch);
        List<?> op = (List<?>) patch.get(1);
        assertEquals(List.of(0, "controls", 100), List.of(op.get(0), op.get(2), ((List<?>) op.get(3)).size()));
        t.assertClientInSync();
    }

    @Test
    void changesInsideEachListAndChildOfOneControl_reachTheirPlacesInOneUpdate() {
        Text heading = new Text("h1");
        Text cell = new Text("c1");
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new DataRow(new DataCell(i == 7 ? cell : new Text("r" + i))));
        }
        DataTable table = new DataTable(List.of(new DataColumn("a"), new DataColumn(heading)), rows);
        Text title = new Text("title");
        Text action = new Text("action");
        AppBar bar = new AppBar(title);
        bar.actions().add(action);
        AppTester t = AppTester.start(page -> page.add(bar, table, new Button("edit", e -> {
            heading.value("h2");
            cell.value("c2");
            title.value("title 2");
            action.value("action 2");
        })));

        t.click(t.find(Button.class));

        assertEquals("h2", t.client().control(heading).get("value"));
        assertEquals("c2", t.client().control(cell).get("value"));
        assertEquals("title 2", t.client().control(title).get("value"));
        assertEquals("action 2", t.client().control(action).get("value"));
        t.assertClientInSync();
    }
}
