package dev.jflet.site.greeter;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.TextField;

/** A text field whose text is echoed as a greeting while you type. */
public final class Greeter {
    private Greeter() {
    }

    public static void main(String[] args) {
        Jflet.run(Greeter::app);
    }

    public static void app(Page page) {
        page.title("Greeter");
        Text greeting = new Text().key("greeting");
        TextField name = new TextField("Your name");
        name.onChange(e -> greeting.value(name.value().isEmpty() ? "" : "Hello, " + name.value() + "!"));
        page.add(name, greeting);
    }
}
