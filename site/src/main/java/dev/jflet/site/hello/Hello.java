package dev.jflet.site.hello;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Text;

/** The smallest app: one text. The start-up benchmark measures it against a vanilla page. */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        Jflet.run(Hello::app);
    }

    /** Builds the page. */
    public static void app(Page page) {
        page.title("Hello");
        page.add(new Text("Hello, world!").key("hello"));
    }
}
