package dev.jflet.core.controls.events;

import dev.jflet.core.Control;
import dev.jflet.core.Page;

/**
 * A pointer stayed down long enough to be a long press: Flet's {@code LongPressStartEvent}, data {@code {l, g}}.
 *
 * @param <C> the type of control the event belongs to
 */
public class LongPressStartEvent<C extends Control> extends GestureEvent<C> {
    /** Reads the event from the data the client sent; throws {@link IllegalArgumentException} on bad data. */
    public LongPressStartEvent(C control, String name, Object data, Page page) {
        super(control, name, data, page, EventFields.of(name, data));
    }
}
