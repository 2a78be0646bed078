package dev.jflet.core;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.session.TaskContext;
import dev.jflet.core.types.Duration;
import dev.jflet.core.types.ScrollMode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A layout control that can scroll its children (flet-protocol.md §5.1 ScrollableControl): Column, Row, ListView
 * and GridView. It reports scrolling with {@link OnScrollEvent}s and moves with {@link #scrollTo(double)}.
 */
public abstract class ScrollableControl<S extends ScrollableControl<S>> extends LayoutControl<S> {
    /** Scroll mode: {@code auto}, {@code adaptive}, {@code always} or {@code hidden}. */
    protected static final Prop<String> SCROLL = Prop.outbound("scroll", null);
    /** Whether the control scrolls to its end when its children change. */
    protected static final Prop<Boolean> AUTO_SCROLL = Prop.outbound("auto_scroll", false);
    /** Least time in milliseconds between two {@code scroll} events of one type. */
    protected static final Prop<Double> SCROLL_INTERVAL = Prop.outbound("scroll_interval", 10.0);
    /** Fires when the scroll position changes. */
    protected static final Prop<EventHandler<?>> ON_SCROLL = Prop.event("scroll", OnScrollEvent.FACTORY);

    /** Properties shared by scrollable controls. */
    protected static final PropSet PROPS = PropSet.of(LayoutControl.PROPS, SCROLL, AUTO_SCROLL, SCROLL_INTERVAL,
            ON_SCROLL);

    protected ScrollableControl(String type, PropSet props) {
        super(type, props);
    }

    /** Sets the scroll mode: {@code auto}, {@code adaptive}, {@code always} or {@code hidden}. */
    public S scroll(String mode) {
        set(SCROLL, mode);
        return self();
    }

    /** Sets the scroll mode, e.g. {@code ScrollMode.AUTO}. */
    public S scroll(ScrollMode mode) {
        return scroll(mode.value());
    }

    /** The scroll mode's wire name ({@code auto}, {@code adaptive}, …), if one is set. */
    public Optional<String> scroll() {
        return Optional.ofNullable(get(SCROLL));
    }

    /** Scrolls to the end whenever the children change, as a chat or log view does. */
    public S autoScroll(boolean autoScroll) {
        set(AUTO_SCROLL, autoScroll);
        return self();
    }

    /** Sends at most one {@code scroll} event of each type per {@code millis} milliseconds (10 by default). */
    public S scrollInterval(double millis) {
        if (!(millis >= 0)) {
            throw new IllegalArgumentException("scrollInterval must be >= 0: " + millis);
        }
        set(SCROLL_INTERVAL, millis);
        return self();
    }

    /** Sets the handler for scroll position changes; {@code null} removes it. */
    public S onScroll(EventHandler<OnScrollEvent<S>> handler) {
        set(ON_SCROLL, handler);
        return self();
    }

    /**
     * Scrolls to {@code offset} logical pixels from the start; a negative offset counts from the end, so
     * {@code -1} is the end. Waits for the client, so call it from main, a handler or a task.
     */
    public void scrollTo(double offset) {
        scrollTo(offset, Duration.ofMillis(0));
    }

    /** Scrolls to {@code offset}, animating over {@code duration}. */
    public void scrollTo(double offset, Duration duration) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("offset", offset);
        invokeScrollTo(args, duration);
    }

    /** Scrolls by {@code delta} logical pixels from the current position; negative moves back. */
    public void scrollBy(double delta) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("delta", delta);
        invokeScrollTo(args, Duration.ofMillis(0));
    }

    /** Scrolls until the child control with {@code key} is in view. */
    public void scrollToKey(String key) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("scroll_key", key);
        invokeScrollTo(args, Duration.ofMillis(0));
    }

    private void invokeScrollTo(Map<String, Object> args, Duration duration) {
        TaskContext ctx = TaskContext.current();
        if (ctx == null) {
            throw new IllegalStateException("Calling scroll_to on " + this + " waits for the client; call it inside "
                    + "main, an event handler or page.runTask(...).");
        }
        if (duration.toMillis() > 0) {
            args.put("duration", duration);
        }
        ctx.host().invoke(this, "scroll_to", args, 0);
    }
}
