package dev.jflet.core.controls.canvas;

import dev.jflet.core.Control;
import dev.jflet.core.EventFactory;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;
import java.util.Optional;

/**
 * Draws shapes, the first at the bottom: Flet's {@code canvas.Canvas}. Shapes are child controls, so a changed
 * shape redraws on its own. The shapes are drawn behind the optional {@code content}, and may reach outside the
 * canvas's box.
 */
public class Canvas extends LayoutControl<Canvas> {
    /** The shapes, bottom first. */
    static final Prop<List<Shape<?>>> SHAPES = Prop.controls("shapes");
    /** A control shown on top of the shapes; it also gives the canvas its size when no width/height is set. */
    static final Prop<Control> CONTENT = Prop.outbound("content", null);
    /** Minimum milliseconds between two resize events sent. */
    static final Prop<Integer> RESIZE_INTERVAL = Prop.outbound("resize_interval", 10);
    /**
     * What the drawing shows, for screen readers; jflet's own property (Flet's Flutter client ignores it). Without
     * it the renderer names the drawing by its number of shapes and its texts.
     */
    static final Prop<String> SEMANTICS_LABEL = Prop.outbound("semantics_label", null);
    /** Fires when the canvas gets a new size, including its first one. */
    static final Prop<EventHandler<CanvasResizeEvent>> ON_RESIZE = Prop.event("resize",
            (EventFactory<Canvas, CanvasResizeEvent>) CanvasResizeEvent::new);

    static final PropSet CANVAS_PROPS = PropSet.of(LayoutControl.PROPS, SHAPES, CONTENT, RESIZE_INTERVAL,
            SEMANTICS_LABEL, ON_RESIZE);

    public Canvas(Shape<?>... shapes) {
        this(List.of(shapes));
    }

    public Canvas(List<? extends Shape<?>> shapes) {
        super("Canvas", CANVAS_PROPS);
        shapes().addAll(shapes);
    }

    /** The shapes, bottom first; changes are sent with the next update. */
    public List<Shape<?>> shapes() {
        return controls(SHAPES);
    }

    /** Sets a control shown on top of the shapes. */
    public Canvas content(Control content) {
        set(CONTENT, content);
        return this;
    }

    public Optional<Control> content() {
        return Optional.ofNullable(get(CONTENT));
    }

    /** Sends resize events at most every {@code millis} milliseconds. */
    public Canvas resizeInterval(int millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("resizeInterval < 0: " + millis);
        }
        set(RESIZE_INTERVAL, millis);
        return this;
    }

    /** Describes the drawing for screen readers, e.g. {@code "Sales by month: a rising line"}. */
    public Canvas semanticsLabel(String label) {
        set(SEMANTICS_LABEL, label);
        return this;
    }

    /** Sets the resize handler; it also runs once with the first size. {@code null} removes it. */
    public Canvas onResize(EventHandler<CanvasResizeEvent> handler) {
        set(ON_RESIZE, handler);
        return this;
    }
}
