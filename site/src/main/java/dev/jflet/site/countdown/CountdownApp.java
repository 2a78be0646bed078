package dev.jflet.site.countdown;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Page;
import dev.jflet.core.controls.material.Button;

/** Two countdowns ticking at the same time; a button removes the first, which stops its task. */
public final class CountdownApp {
    private CountdownApp() {
    }

    public static void main(String[] args) {
        Jflet.run(CountdownApp::app);
    }

    public static void app(Page page) {
        page.title("Countdown");
        Countdown first = new Countdown(120);
        first.key("first").size(30);
        Countdown second = new Countdown(60);
        second.key("second").size(30);
        Button remove = new Button("Remove the first");
        remove.onClick(() -> {
            page.controls().remove(first);
            remove.disabled(true);
        });
        page.add(first, second, remove);
    }
}
