package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;

/** A Material elevated button: Flet's {@code Button}. */
public class Button extends ColoredButtonControl<Button> {
    public Button() {
        super("Button");
    }

    /** A button labelled {@code text}. */
    public Button(String text) {
        this();
        content(text);
    }

    /** A button labelled {@code text} that runs {@code onClick} when clicked. */
    public Button(String text, EventHandler<Event<Button>> onClick) {
        this(text);
        onClick(onClick);
    }
}
