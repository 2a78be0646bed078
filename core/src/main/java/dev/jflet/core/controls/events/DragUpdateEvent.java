package dev.jflet.core.controls.events;

import dev.jflet.core.Control;
import dev.jflet.core.Page;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A dragging pointer moved: Flet's {@code DragUpdateEvent}, data {@code {l, g, ld, gd, pd, ts}}. The local delta is
 * the movement since the previous update that was sent; as in Flet, a pan's global delta counts from where the pan
 * started and a horizontal or vertical drag's from the previous update.
 *
 * @param <C> the type of control the event belongs to
 */
public class DragUpdateEvent<C extends Control> extends GestureEvent<C> {
    private final double localDeltaX;
    private final double localDeltaY;
    private final double globalDeltaX;
    private final double globalDeltaY;
    private final OptionalDouble primaryDelta;
    private final OptionalLong timestampMicros;

    /** Reads the event from the data the client sent; throws {@link IllegalArgumentException} on bad data. */
    public DragUpdateEvent(C control, String name, Object data, Page page) {
        this(control, name, data, page, EventFields.of(name, data));
    }

    private DragUpdateEvent(C control, String name, Object data, Page page, EventFields fields) {
        super(control, name, data, page, fields);
        this.localDeltaX = fields.axis("ld", "x");
        this.localDeltaY = fields.axis("ld", "y");
        this.globalDeltaX = fields.axis("gd", "x");
        this.globalDeltaY = fields.axis("gd", "y");
        this.primaryDelta = fields.optionalNumber("pd");
        this.timestampMicros = fields.timestampMicros();
    }

    /** Horizontal movement since the previous update, in logical pixels. */
    public double localDeltaX() {
        return localDeltaX;
    }

    /** Vertical movement since the previous update, in logical pixels. */
    public double localDeltaY() {
        return localDeltaY;
    }

    /** Horizontal movement in page coordinates (see the class comment for where it counts from). */
    public double globalDeltaX() {
        return globalDeltaX;
    }

    /** Vertical movement in page coordinates (see the class comment for where it counts from). */
    public double globalDeltaY() {
        return globalDeltaY;
    }

    /** Movement along the drag's axis for horizontal and vertical drags; empty for pans. */
    public OptionalDouble primaryDelta() {
        return primaryDelta;
    }

    /** When the pointer event happened, in microseconds on the client's clock. */
    public OptionalLong timestampMicros() {
        return timestampMicros;
    }
}
