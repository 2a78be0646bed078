package dev.jflet.site.counter;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.types.Icons;

/** A counter: a number and two buttons, − and +. */
public final class Counter {
    private Counter() {
    }

    public static void main(String[] args) {
        Jflet.run(Counter::app);
    }

    /** Builds the page; no handler calls update(), the auto-update after each handler sends the change. */
    public static void app(Page page) {
        page.title("Counter");
        Text count = new Text("0").key("counter").size(40);
        page.add(count, new Row(
                new IconButton(Icons.REMOVE, e -> count.value(String.valueOf(Integer.parseInt(count.value()) - 1))),
                new IconButton(Icons.ADD, e -> count.value(String.valueOf(Integer.parseInt(count.value()) + 1)))));
    }
}
