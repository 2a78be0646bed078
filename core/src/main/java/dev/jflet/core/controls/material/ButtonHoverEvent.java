package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventFactory;
import dev.jflet.core.Page;
import dev.jflet.core.internal.protocol.WireTypes;

/**
 * The pointer entered or left a button: the {@code hover} event of buttons, icon buttons and floating action
 * buttons (flet-protocol.md §5.2, data {@code true} or {@code false}).
 *
 * @param <C> the type of button
 */
public final class ButtonHoverEvent<C extends Control> extends Event<C> {
    private final boolean hovered;

    ButtonHoverEvent(C control, Object data, Page page) {
        super(control, "hover", data, page);
        if (data instanceof Boolean) {
            hovered = (Boolean) data;
        } else if ("true".equals(data) || "false".equals(data)) {
            hovered = "true".equals(data);
        } else {
            throw new IllegalArgumentException("event 'hover' expects a bool, got " + WireTypes.describe(data));
        }
    }

    /** Whether the pointer is over the button now. */
    public boolean hovered() {
        return hovered;
    }

    /** Internal: builds hover events for the button properties. */
    static final EventFactory<Control, ButtonHoverEvent<Control>> FACTORY =
            (c, n, d, p) -> new ButtonHoverEvent<>(c, d, p);
}
