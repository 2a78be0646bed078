package dev.jflet.site.asyncmain;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.ProgressBar;

import java.time.Duration;

/**
 * An asynchronous {@code main} and a mix of handlers: {@code main} waits before it builds the page,
 * one button changes the count at once, the other a second later. Neither blocks the page.
 */
public final class AsyncMain {
    private AsyncMain() {
    }

    public static void main(String[] args) {
        Jflet.run(AsyncMain::app);
    }

    public static void app(Page page) {
        page.title("Async main");
        ProgressBar loading = new ProgressBar().key("loading");
        page.add(loading);
        page.sleep(Duration.ofMillis(500));

        Text count = new Text("0").key("count").size(30);
        Text status = new Text("Ready").key("status");
        int[] value = {0};
        Button now = new Button("Add now", e -> {
            value[0]++;
            count.value(String.valueOf(value[0]));
        });
        Button later = new Button("Add in a second", e -> {
            status.value("Waiting…");
            page.flush();
            page.sleep(Duration.ofSeconds(1));
            value[0]++;
            count.value(String.valueOf(value[0]));
            status.value("Ready");
        });
        page.controls().remove(loading);
        page.add(new Text("Hello, async world!"), count, new Row(now, later), status);
    }
}
