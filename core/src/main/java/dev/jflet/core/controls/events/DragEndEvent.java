package dev.jflet.core.controls.events;

import dev.jflet.core.Control;
import dev.jflet.core.Page;

import java.util.OptionalDouble;

/**
 * A dragging pointer lifted: Flet's {@code DragEndEvent}, data {@code {l, g, v, pv}}. Below fling speed the velocity
 * is zero, as in Flutter.
 *
 * @param <C> the type of control the event belongs to
 */
public class DragEndEvent<C extends Control> extends GestureEvent<C> {
    private final double velocityX;
    private final double velocityY;
    private final OptionalDouble primaryVelocity;

    /** Reads the event from the data the client sent; throws {@link IllegalArgumentException} on bad data. */
    public DragEndEvent(C control, String name, Object data, Page page) {
        this(control, name, data, page, EventFields.of(name, data));
    }

    private DragEndEvent(C control, String name, Object data, Page page, EventFields fields) {
        super(control, name, data, page, fields);
        this.velocityX = fields.axis("v", "x");
        this.velocityY = fields.axis("v", "y");
        this.primaryVelocity = fields.optionalNumber("pv");
    }

    /** Horizontal speed when the pointer lifted, in logical pixels per second. */
    public double velocityX() {
        return velocityX;
    }

    /** Vertical speed when the pointer lifted, in logical pixels per second. */
    public double velocityY() {
        return velocityY;
    }

    /** Speed along the drag's axis for horizontal and vertical drags; empty for pans. */
    public OptionalDouble primaryVelocity() {
        return primaryVelocity;
    }
}
