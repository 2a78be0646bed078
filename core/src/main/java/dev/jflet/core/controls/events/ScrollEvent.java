package dev.jflet.core.controls.events;

import dev.jflet.core.Control;
import dev.jflet.core.Page;

/**
 * The mouse wheel or trackpad scrolled over the control: Flet's {@code ScrollEvent}, data {@code {l, g, sd}}.
 *
 * @param <C> the type of control the event belongs to
 */
public class ScrollEvent<C extends Control> extends GestureEvent<C> {
    private final double scrollDeltaX;
    private final double scrollDeltaY;

    /** Reads the event from the data the client sent; throws {@link IllegalArgumentException} on bad data. */
    public ScrollEvent(C control, String name, Object data, Page page) {
        this(control, name, data, page, EventFields.of(name, data));
    }

    private ScrollEvent(C control, String name, Object data, Page page, EventFields fields) {
        super(control, name, data, page, fields);
        this.scrollDeltaX = fields.axis("sd", "x");
        this.scrollDeltaY = fields.axis("sd", "y");
    }

    /** Horizontal scroll amount in logical pixels; positive scrolls right. */
    public double scrollDeltaX() {
        return scrollDeltaX;
    }

    /** Vertical scroll amount in logical pixels; positive scrolls down. */
    public double scrollDeltaY() {
        return scrollDeltaY;
    }
}
