package dev.jflet.site.rows;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.types.Icons;
import java.util.ArrayList;
import java.util.List;

/**
 * The js-framework-benchmark operations on rows built from ordinary controls: create, replace, update every 10th,
 * select, swap, remove, create 10,000, append and clear. The benchmark (e2e-tests, profile bench) clicks the buttons
 * and times each operation to the next paint against a vanilla page with the same DOM.
 */
public final class Rows {
    static final String SELECTED = "primaryContainer";

    private final Labels labels = new Labels(42);
    private final Column table = new Column().key("rows").spacing(0);
    private final List<Item> items = new ArrayList<>();
    private int nextId = 1;
    private Item selected;

    private Rows() {
    }

    public static void main(String[] args) {
        Jflet.run(Rows::app);
    }

    /** Builds the page: one row of operation buttons above the rows. */
    public static void app(Page page) {
        page.title("Rows");
        Rows rows = new Rows();
        page.add(new Row(
                button("run", "Create 1,000 rows", e -> rows.replace(1_000)),
                button("runlots", "Create 10,000 rows", e -> rows.replace(10_000)),
                button("add", "Append 1,000 rows", e -> rows.append(1_000)),
                button("update", "Update every 10th row", e -> rows.updateEveryTenth()),
                button("clear", "Clear", e -> rows.clear()),
                button("swaprows", "Swap rows", e -> rows.swap(1, 998))).wrap(true), rows.table);
    }

    private static Button button(String key, String text, EventHandler<Event<Button>> onClick) {
        Button button = new Button(text, onClick);
        button.key(key);
        return button;
    }

    private void replace(int count) {
        clear();
        append(count);
    }

    private void append(int count) {
        List<Item> added = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            added.add(new Item(nextId++, labels.next()));
        }
        items.addAll(added);
        table.controls().addAll(added.stream().map(item -> item.view).toList());
    }

    private void updateEveryTenth() {
        for (int i = 0; i < items.size(); i += 10) {
            Item item = items.get(i);
            item.label.value(item.label.value() + " !!!");
        }
    }

    private void clear() {
        items.clear();
        table.controls().clear();
        selected = null;
    }

    private void swap(int first, int second) {
        if (items.size() <= Math.max(first, second)) {
            return;
        }
        Item a = items.get(first);
        Item b = items.get(second);
        items.set(first, b);
        items.set(second, a);
        table.controls().set(first, b.view);
        table.controls().set(second, a.view);
    }

    private void select(Item item) {
        if (selected != null) {
            selected.view.bgcolor(null);
        }
        selected = item;
        item.view.bgcolor(SELECTED);
    }

    private void remove(Item item) {
        int index = items.indexOf(item);
        if (index >= 0) {
            items.remove(index);
            table.controls().remove(index);
        }
        if (selected == item) {
            selected = null;
        }
    }

    /** One row: its id, a label that selects it when tapped, and a button that removes it. */
    private final class Item {
        final Text label;
        final Container view;

        Item(int id, String text) {
            label = new Text(text).onTap(e -> select(this));
            view = new Container(new Row(
                    new Text(String.valueOf(id)),
                    label,
                    new IconButton(Icons.CLOSE, e -> remove(this)).tooltip("Remove")));
        }
    }
}
