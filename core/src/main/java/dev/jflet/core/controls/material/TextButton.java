package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;

/** A Material text button, for less prominent actions: Flet's {@code TextButton}. */
public class TextButton extends ButtonControl<TextButton> {
    public TextButton() {
        super("TextButton", true);
    }

    /** A button labelled {@code text}. */
    public TextButton(String text) {
        this();
        content(text);
    }

    /** A button labelled {@code text} that runs {@code onClick} when clicked. */
    public TextButton(String text, EventHandler<Event<TextButton>> onClick) {
        this(text);
        onClick(onClick);
    }
}
