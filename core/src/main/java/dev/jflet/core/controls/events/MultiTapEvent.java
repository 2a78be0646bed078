package dev.jflet.core.controls.events;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.Page;

/**
 * Several fingers touched the control together: Flet's {@code MultiTapEvent}, data {@code {ct}}.
 *
 * @param <C> the type of control the event belongs to
 */
public class MultiTapEvent<C extends Control> extends Event<C> {
    private final boolean correctTouches;

    /** Reads the event from the data the client sent; throws {@link IllegalArgumentException} on bad data. */
    public MultiTapEvent(C control, String name, Object data, Page page) {
        super(control, name, data, page);
        this.correctTouches = EventFields.of(name, data).bool("ct");
    }

    /** Whether at least the control's {@code multi_tap_touches} fingers touched. */
    public boolean correctTouches() {
        return correctTouches;
    }
}
