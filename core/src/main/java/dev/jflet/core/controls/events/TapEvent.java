package dev.jflet.core.controls.events;

import dev.jflet.core.Control;
import dev.jflet.core.Page;
import dev.jflet.core.types.PointerDeviceType;

/**
 * A pointer touched, lifted or tapped: Flet's {@code TapEvent}, data {@code {k, l, g}}. A tap made with the keyboard
 * reports the control's center and kind {@link PointerDeviceType#UNKNOWN}.
 *
 * @param <C> the type of control the event belongs to
 */
public class TapEvent<C extends Control> extends GestureEvent<C> {
    private final PointerDeviceType kind;

    /** Reads the event from the data the client sent; throws {@link IllegalArgumentException} on bad data. */
    public TapEvent(C control, String name, Object data, Page page) {
        this(control, name, data, page, EventFields.ofOptional(name, data));
    }

    private TapEvent(C control, String name, Object data, Page page, EventFields fields) {
        super(control, name, data, page, fields);
        this.kind = fields.kind();
    }

    /** The kind of device that tapped. */
    public PointerDeviceType kind() {
        return kind;
    }
}
