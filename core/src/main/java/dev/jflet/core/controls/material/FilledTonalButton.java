package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;

/** A Material filled tonal button, between filled and outlined in emphasis: Flet's {@code FilledTonalButton}. */
public class FilledTonalButton extends ColoredButtonControl<FilledTonalButton> {
    public FilledTonalButton() {
        super("FilledTonalButton");
    }

    /** A button labelled {@code text}. */
    public FilledTonalButton(String text) {
        this();
        content(text);
    }

    /** A button labelled {@code text} that runs {@code onClick} when clicked. */
    public FilledTonalButton(String text, EventHandler<Event<FilledTonalButton>> onClick) {
        this(text);
        onClick(onClick);
    }
}
