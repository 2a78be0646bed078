package dev.jflet.core.controls.canvas;

import dev.jflet.core.Event;
import dev.jflet.core.EventData;
import dev.jflet.core.Page;

/** The canvas got a new size: Flet's {@code CanvasResizeEvent}, data {@code {w, h}}. */
public final class CanvasResizeEvent extends Event<Canvas> {
    private final double width;
    private final double height;

    CanvasResizeEvent(Canvas canvas, String name, Object data, Page page) {
        super(canvas, name, data, page);
        EventData d = EventData.of(name, data);
        this.width = d.number("w", 0);
        this.height = d.number("h", 0);
    }

    /** The new width in logical pixels. */
    public double width() {
        return width;
    }

    /** The new height in logical pixels. */
    public double height() {
        return height;
    }
}
