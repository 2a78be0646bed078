package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;

/** A button that shows an icon: Flet's {@code IconButton}. */
public class IconButton extends IconButtonControl<IconButton> {
    public IconButton() {
        super("IconButton");
    }

    /** A button showing {@code icon}, e.g. {@code Icons.ADD}. */
    public IconButton(int icon) {
        this();
        icon(icon);
    }

    /** A button showing {@code icon} that runs {@code onClick} when clicked. */
    public IconButton(int icon, EventHandler<Event<IconButton>> onClick) {
        this(icon);
        onClick(onClick);
    }
}
