package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;

/** An icon button filled with the primary color, for the most important action: Flet's {@code FilledIconButton}. */
public class FilledIconButton extends IconButtonControl<FilledIconButton> {
    public FilledIconButton() {
        super("FilledIconButton");
    }

    /** A button showing {@code icon}, e.g. {@code Icons.ADD}. */
    public FilledIconButton(int icon) {
        this();
        icon(icon);
    }

    /** A button showing {@code icon} that runs {@code onClick} when clicked. */
    public FilledIconButton(int icon, EventHandler<Event<FilledIconButton>> onClick) {
        this(icon);
        onClick(onClick);
    }
}
