package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;

/** A Material filled button, for the most important action: Flet's {@code FilledButton}. */
public class FilledButton extends ColoredButtonControl<FilledButton> {
    public FilledButton() {
        super("FilledButton");
    }

    /** A button labelled {@code text}. */
    public FilledButton(String text) {
        this();
        content(text);
    }

    /** A button labelled {@code text} that runs {@code onClick} when clicked. */
    public FilledButton(String text, EventHandler<Event<FilledButton>> onClick) {
        this(text);
        onClick(onClick);
    }
}
