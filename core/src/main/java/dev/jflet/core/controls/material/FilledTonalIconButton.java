package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;

/** An icon button filled with the secondary container color: Flet's {@code FilledTonalIconButton}. */
public class FilledTonalIconButton extends IconButtonControl<FilledTonalIconButton> {
    public FilledTonalIconButton() {
        super("FilledTonalIconButton");
    }

    /** A button showing {@code icon}, e.g. {@code Icons.ADD}. */
    public FilledTonalIconButton(int icon) {
        this();
        icon(icon);
    }

    /** A button showing {@code icon} that runs {@code onClick} when clicked. */
    public FilledTonalIconButton(int icon, EventHandler<Event<FilledTonalIconButton>> onClick) {
        this(icon);
        onClick(onClick);
    }
}
