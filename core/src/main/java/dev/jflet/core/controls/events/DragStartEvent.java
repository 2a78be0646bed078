package dev.jflet.core.controls.events;

import dev.jflet.core.Control;
import dev.jflet.core.Page;
import dev.jflet.core.types.PointerDeviceType;

import java.util.OptionalLong;

/**
 * A drag or pan began; the position is where the pointer went down: Flet's {@code DragStartEvent}, data
 * {@code {k, l, g, ts}}.
 *
 * @param <C> the type of control the event belongs to
 */
public class DragStartEvent<C extends Control> extends GestureEvent<C> {
    private final PointerDeviceType kind;
    private final OptionalLong timestampMicros;

    /** Reads the event from the data the client sent; throws {@link IllegalArgumentException} on bad data. */
    public DragStartEvent(C control, String name, Object data, Page page) {
        this(control, name, data, page, EventFields.of(name, data));
    }

    private DragStartEvent(C control, String name, Object data, Page page, EventFields fields) {
        super(control, name, data, page, fields);
        this.kind = fields.kind();
        this.timestampMicros = fields.timestampMicros();
    }

    /** The kind of device that drags. */
    public PointerDeviceType kind() {
        return kind;
    }

    /** When the pointer event happened, in microseconds on the client's clock. */
    public OptionalLong timestampMicros() {
        return timestampMicros;
    }
}
