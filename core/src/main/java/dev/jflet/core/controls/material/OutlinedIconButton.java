package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;

/** An icon button with an outline, for actions of medium emphasis: Flet's {@code OutlinedIconButton}. */
public class OutlinedIconButton extends IconButtonControl<OutlinedIconButton> {
    public OutlinedIconButton() {
        super("OutlinedIconButton");
    }

    /** A button showing {@code icon}, e.g. {@code Icons.ADD}. */
    public OutlinedIconButton(int icon) {
        this();
        icon(icon);
    }

    /** A button showing {@code icon} that runs {@code onClick} when clicked. */
    public OutlinedIconButton(int icon, EventHandler<Event<OutlinedIconButton>> onClick) {
        this(icon);
        onClick(onClick);
    }
}
