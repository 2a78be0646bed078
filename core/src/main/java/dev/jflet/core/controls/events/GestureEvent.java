package dev.jflet.core.controls.events;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.Page;

/**
 * An event at a pointer position, sent as {@code l} (local: inside the control, from its top-left corner) and
 * {@code g} (global: in the page) points. The base of the typed gesture events.
 *
 * @param <C> the type of control the event belongs to
 */
public abstract class GestureEvent<C extends Control> extends Event<C> {
    private final double localX;
    private final double localY;
    private final double globalX;
    private final double globalY;

    GestureEvent(C control, String name, Object data, Page page, EventFields fields) {
        super(control, name, data, page);
        this.localX = fields.axis("l", "x");
        this.localY = fields.axis("l", "y");
        this.globalX = fields.axis("g", "x");
        this.globalY = fields.axis("g", "y");
    }

    /** Horizontal position inside the control, in logical pixels from its left edge. */
    public double localX() {
        return localX;
    }

    /** Vertical position inside the control, in logical pixels from its top edge. */
    public double localY() {
        return localY;
    }

    /** Horizontal position in the page, in logical pixels. */
    public double globalX() {
        return globalX;
    }

    /** Vertical position in the page, in logical pixels. */
    public double globalY() {
        return globalY;
    }
}
