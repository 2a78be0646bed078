package dev.jflet.core;

import dev.jflet.core.types.ScrollDirection;
import dev.jflet.core.types.ScrollType;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The scroll position of a scrollable control changed: Flet's {@code OnScrollEvent} (flet-protocol.md §5.1),
 * sent at most once per {@code scroll_interval} for each {@link ScrollType}.
 *
 * @param <C> the type of scrollable control
 */
public final class OnScrollEvent<C extends Control> extends Event<C> {
    private final ScrollType eventType;
    private final double pixels;
    private final double minScrollExtent;
    private final double maxScrollExtent;
    private final double viewportDimension;
    private final Double scrollDelta;
    private final ScrollDirection direction;
    private final Double overscroll;
    private final Double velocity;

    OnScrollEvent(C control, Object data, Page page) {
        super(control, "scroll", data, page);
        EventData d = EventData.of("scroll", data);
        this.eventType = ScrollType.fromWire(d.string("event_type", ""));
        this.pixels = d.number("pixels", 0);
        this.minScrollExtent = d.number("min_scroll_extent", 0);
        this.maxScrollExtent = d.number("max_scroll_extent", 0);
        this.viewportDimension = d.number("viewport_dimension", 0);
        this.scrollDelta = optional(d, "scroll_delta");
        String dir = d.string("direction", null);
        this.direction = dir == null ? null : ScrollDirection.fromWire(dir);
        this.overscroll = optional(d, "overscroll");
        this.velocity = optional(d, "velocity");
    }

    private static Double optional(EventData d, String key) {
        return d.raw(key) == null ? null : d.number(key, 0);
    }

    /** Internal: builds scroll events for {@link ScrollableControl}'s {@code on_scroll}. */
    static final EventFactory<Control, OnScrollEvent<Control>> FACTORY = (c, n, d, p) -> new OnScrollEvent<>(c, d, p);

    /** What happened: scrolling started, moved, ended, changed direction, or went past an end. */
    public ScrollType eventType() {
        return eventType;
    }

    /** The scroll offset in logical pixels from the start. */
    public double pixels() {
        return pixels;
    }

    /** The smallest offset, usually 0. */
    public double minScrollExtent() {
        return minScrollExtent;
    }

    /** The largest offset: the content's extent minus the viewport's. */
    public double maxScrollExtent() {
        return maxScrollExtent;
    }

    /** The extent of the visible part along the scroll axis. */
    public double viewportDimension() {
        return viewportDimension;
    }

    /** How far the offset moved since the last update ({@link ScrollType#UPDATE} only). */
    public OptionalDouble scrollDelta() {
        return scrollDelta == null ? OptionalDouble.empty() : OptionalDouble.of(scrollDelta);
    }

    /** Which way the user scrolls ({@link ScrollType#USER} only). */
    public Optional<ScrollDirection> direction() {
        return Optional.ofNullable(direction);
    }

    /** How far the user tried to scroll past the end ({@link ScrollType#OVERSCROLL} only). */
    public OptionalDouble overscroll() {
        return overscroll == null ? OptionalDouble.empty() : OptionalDouble.of(overscroll);
    }

    /** The scroll velocity in logical pixels per second ({@link ScrollType#OVERSCROLL} only). */
    public OptionalDouble velocity() {
        return velocity == null ? OptionalDouble.empty() : OptionalDouble.of(velocity);
    }
}
