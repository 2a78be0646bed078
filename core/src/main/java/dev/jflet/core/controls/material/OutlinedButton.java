package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;

/** A Material outlined button, for actions of medium emphasis: Flet's {@code OutlinedButton}. */
public class OutlinedButton extends ButtonControl<OutlinedButton> {
    public OutlinedButton() {
        super("OutlinedButton", true);
    }

    /** A button labelled {@code text}. */
    public OutlinedButton(String text) {
        this();
        content(text);
    }

    /** A button labelled {@code text} that runs {@code onClick} when clicked. */
    public OutlinedButton(String text, EventHandler<Event<OutlinedButton>> onClick) {
        this(text);
        onClick(onClick);
    }
}
