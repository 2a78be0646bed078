package dev.jflet.site.pageevents;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;

/**
 * Page events: the size shown live as the window resizes, the app's lifecycle states as the tab is
 * hidden and shown, and an error handler set with a lambda.
 */
public final class PageEvents {
    private PageEvents() {
    }

    public static void main(String[] args) {
        Jflet.run(PageEvents::app);
    }

    public static void app(Page page) {
        page.title("Page events");
        Text size = new Text(sizeText(page.width().orElse(0), page.height().orElse(0))).key("size");
        Column states = new Column().key("states").spacing(2);
        Text error = new Text("No error yet").key("error");

        page.onResize(e -> size.value(sizeText(e.width(), e.height())));
        page.onAppLifecycleStateChange(e -> states.controls().add(new Text("lifecycle " + e.state())));
        page.onError(e -> error.value("Handled: " + e.message()));

        page.add(size,
                new Button("Fail", e -> {
                    throw new IllegalStateException("the button broke");
                }),
                error,
                new Text("Lifecycle states:"),
                states);
    }

    static String sizeText(double width, double height) {
        return "Size: " + Math.round(width) + " × " + Math.round(height);
    }
}
