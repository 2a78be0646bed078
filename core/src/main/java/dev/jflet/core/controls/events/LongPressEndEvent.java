package dev.jflet.core.controls.events;

import dev.jflet.core.Control;
import dev.jflet.core.Page;

/**
 * The pointer of a long press lifted: Flet's {@code LongPressEndEvent}, data {@code {l, g, v}}.
 *
 * @param <C> the type of control the event belongs to
 */
public class LongPressEndEvent<C extends Control> extends GestureEvent<C> {
    private final double velocityX;
    private final double velocityY;

    /** Reads the event from the data the client sent; throws {@link IllegalArgumentException} on bad data. */
    public LongPressEndEvent(C control, String name, Object data, Page page) {
        this(control, name, data, page, EventFields.of(name, data));
    }

    private LongPressEndEvent(C control, String name, Object data, Page page, EventFields fields) {
        super(control, name, data, page, fields);
        this.velocityX = fields.axis("v", "x");
        this.velocityY = fields.axis("v", "y");
    }

    /** Horizontal speed when the pointer lifted, in logical pixels per second. */
    public double velocityX() {
        return velocityX;
    }

    /** Vertical speed when the pointer lifted, in logical pixels per second. */
    public double velocityY() {
        return velocityY;
    }
}
