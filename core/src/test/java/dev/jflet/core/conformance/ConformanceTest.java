package dev.jflet.core.conformance;

import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.controls.material.TextField;
import dev.jflet.core.types.Icons;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The apps of Flet's recorded transcripts, rebuilt in Java, must produce the same frames. */
@Tag("conformance")
class ConformanceTest {
    @Test
    void hello() throws Exception {
        ConformanceRunner.run("hello", page -> page.add(new Text("Hello, world!")));
    }

    @Test
    void counter() throws Exception {
        ConformanceRunner.run("counter", (Page page) -> {
            Text txt = new Text("0").key("counter").size(40);
            page.add(txt, new Row(
                    new IconButton(Icons.REMOVE, e -> txt.value(String.valueOf(Integer.parseInt(txt.value()) - 1))),
                    new IconButton(Icons.ADD, e -> txt.value(String.valueOf(Integer.parseInt(txt.value()) + 1)))));
        });
    }

    @Test
    void textfield() throws Exception {
        ConformanceRunner.run("textfield", (Page page) -> {
            Text echo = new Text("");
            TextField tf = new TextField().label("Name");
            tf.onChange(e -> echo.value("Hello, " + tf.value() + "!"));
            page.add(tf, echo, new Button("Clear", e -> {
                tf.value("");
                echo.value("");
            }));
        });
    }
}
