package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventFactory;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.controls.events.DragEndEvent;
import dev.jflet.core.controls.events.DragStartEvent;
import dev.jflet.core.controls.events.DragUpdateEvent;
import dev.jflet.core.controls.events.HoverEvent;
import dev.jflet.core.controls.events.LongPressEndEvent;
import dev.jflet.core.controls.events.LongPressStartEvent;
import dev.jflet.core.controls.events.MultiTapEvent;
import dev.jflet.core.controls.events.ScrollEvent;
import dev.jflet.core.controls.events.TapEvent;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.MouseCursor;
import dev.jflet.core.types.PointerDeviceType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Detects taps, long presses, drags, hovers and scrolls on its content: Flet's {@code GestureDetector}. Only the
 * events that have a handler are reported by the client (flet-protocol.md §3.7); each handler gets a typed event.
 * With an {@code onTap} handler the detector is also a button for keyboard and screen-reader users.
 */
public class GestureDetector extends LayoutControl<GestureDetector> {
    /** The child the gestures are detected on. */
    static final Prop<Control> CONTENT = Prop.outbound("content", null);
    /** Mouse pointer shown over the detector. */
    static final Prop<String> MOUSE_CURSOR = Prop.outbound("mouse_cursor", null);
    /** Minimum milliseconds between two drag or pan updates sent; 0 sends every move. */
    static final Prop<Integer> DRAG_INTERVAL = Prop.outbound("drag_interval", 0);
    /** Minimum milliseconds between two hover events sent; 0 sends every move. */
    static final Prop<Integer> HOVER_INTERVAL = Prop.outbound("hover_interval", 0);
    /** Fingers that make a multi-tap correct. */
    static final Prop<Integer> MULTI_TAP_TOUCHES = Prop.outbound("multi_tap_touches", 0);
    /** Device kinds whose pointers are recognized; all when unset. */
    static final Prop<List<String>> ALLOWED_DEVICES = Prop.outbound("allowed_devices", null);
    /** Whether the detector stays out of the accessibility tree (no button role for taps). */
    static final Prop<Boolean> EXCLUDE_FROM_SEMANTICS = Prop.outbound("exclude_from_semantics", false);

    /** A primary-button tap; the data is the tap-down position. */
    static final Prop<EventHandler<TapEvent<GestureDetector>>> ON_TAP = Prop.event("tap", tapEvents());
    /** A pointer that may tap went down. */
    static final Prop<EventHandler<TapEvent<GestureDetector>>> ON_TAP_DOWN = Prop.event("tap_down", tapEvents());
    /** A pointer that taps lifted. */
    static final Prop<EventHandler<TapEvent<GestureDetector>>> ON_TAP_UP = Prop.event("tap_up", tapEvents());
    /** A pointer that went down will not tap after all. */
    static final Prop<EventHandler<Event<GestureDetector>>> ON_TAP_CANCEL = Prop.event("tap_cancel");
    /** Several fingers touched together. */
    static final Prop<EventHandler<MultiTapEvent<GestureDetector>>> ON_MULTI_TAP = Prop.event("multi_tap",
            (EventFactory<GestureDetector, MultiTapEvent<GestureDetector>>) MultiTapEvent::new);
    /** A secondary-button (right) click, or the keyboard's context-menu key. */
    static final Prop<EventHandler<Event<GestureDetector>>> ON_SECONDARY_TAP = Prop.event("secondary_tap");
    /** A secondary-button press went down. */
    static final Prop<EventHandler<TapEvent<GestureDetector>>> ON_SECONDARY_TAP_DOWN = Prop.event(
            "secondary_tap_down", tapEvents());
    /** A secondary-button press lifted. */
    static final Prop<EventHandler<TapEvent<GestureDetector>>> ON_SECONDARY_TAP_UP = Prop.event(
            "secondary_tap_up", tapEvents());
    /** Two quick primary taps. */
    static final Prop<EventHandler<Event<GestureDetector>>> ON_DOUBLE_TAP = Prop.event("double_tap");
    /** A primary press held still for 500 ms. */
    static final Prop<EventHandler<Event<GestureDetector>>> ON_LONG_PRESS = Prop.event("long_press");
    /** A long press began, with its position. */
    static final Prop<EventHandler<LongPressStartEvent<GestureDetector>>> ON_LONG_PRESS_START = Prop.event(
            "long_press_start",
            (EventFactory<GestureDetector, LongPressStartEvent<GestureDetector>>) LongPressStartEvent::new);
    /** The pointer of a long press lifted, with its position and velocity. */
    static final Prop<EventHandler<LongPressEndEvent<GestureDetector>>> ON_LONG_PRESS_END = Prop.event(
            "long_press_end",
            (EventFactory<GestureDetector, LongPressEndEvent<GestureDetector>>) LongPressEndEvent::new);
    /** The pointer of a long press lifted. */
    static final Prop<EventHandler<Event<GestureDetector>>> ON_LONG_PRESS_UP = Prop.event("long_press_up");
    /** A mouse moved over the detector. */
    static final Prop<EventHandler<HoverEvent<GestureDetector>>> ON_HOVER = Prop.event("hover", hoverEvents());
    /** A mouse entered the detector. */
    static final Prop<EventHandler<HoverEvent<GestureDetector>>> ON_ENTER = Prop.event("enter", hoverEvents());
    /** A mouse left the detector. */
    static final Prop<EventHandler<HoverEvent<GestureDetector>>> ON_EXIT = Prop.event("exit", hoverEvents());
    /** A pointer began to move in any direction. */
    static final Prop<EventHandler<DragStartEvent<GestureDetector>>> ON_PAN_START = Prop.event("pan_start",
            dragStarts());
    /** A panning pointer moved. */
    static final Prop<EventHandler<DragUpdateEvent<GestureDetector>>> ON_PAN_UPDATE = Prop.event("pan_update",
            dragUpdates());
    /** A panning pointer lifted. */
    static final Prop<EventHandler<DragEndEvent<GestureDetector>>> ON_PAN_END = Prop.event("pan_end", dragEnds());
    /** A pointer began to move horizontally. */
    static final Prop<EventHandler<DragStartEvent<GestureDetector>>> ON_HORIZONTAL_DRAG_START = Prop.event(
            "horizontal_drag_start", dragStarts());
    /** A horizontally dragging pointer moved. */
    static final Prop<EventHandler<DragUpdateEvent<GestureDetector>>> ON_HORIZONTAL_DRAG_UPDATE = Prop.event(
            "horizontal_drag_update", dragUpdates());
    /** A horizontally dragging pointer lifted. */
    static final Prop<EventHandler<DragEndEvent<GestureDetector>>> ON_HORIZONTAL_DRAG_END = Prop.event(
            "horizontal_drag_end", dragEnds());
    /** A pointer began to move vertically. */
    static final Prop<EventHandler<DragStartEvent<GestureDetector>>> ON_VERTICAL_DRAG_START = Prop.event(
            "vertical_drag_start", dragStarts());
    /** A vertically dragging pointer moved. */
    static final Prop<EventHandler<DragUpdateEvent<GestureDetector>>> ON_VERTICAL_DRAG_UPDATE = Prop.event(
            "vertical_drag_update", dragUpdates());
    /** A vertically dragging pointer lifted. */
    static final Prop<EventHandler<DragEndEvent<GestureDetector>>> ON_VERTICAL_DRAG_END = Prop.event(
            "vertical_drag_end", dragEnds());
    /** The mouse wheel or trackpad scrolled over the detector. */
    static final Prop<EventHandler<ScrollEvent<GestureDetector>>> ON_SCROLL = Prop.event("scroll",
            (EventFactory<GestureDetector, ScrollEvent<GestureDetector>>) ScrollEvent::new);

    static final PropSet GESTURE_DETECTOR_PROPS = PropSet.of(LayoutControl.PROPS, CONTENT, MOUSE_CURSOR,
            DRAG_INTERVAL, HOVER_INTERVAL, MULTI_TAP_TOUCHES, ALLOWED_DEVICES, EXCLUDE_FROM_SEMANTICS, ON_TAP,
            ON_TAP_DOWN, ON_TAP_UP, ON_TAP_CANCEL, ON_MULTI_TAP, ON_SECONDARY_TAP, ON_SECONDARY_TAP_DOWN,
            ON_SECONDARY_TAP_UP, ON_DOUBLE_TAP, ON_LONG_PRESS, ON_LONG_PRESS_START, ON_LONG_PRESS_END, ON_LONG_PRESS_UP,
            ON_HOVER, ON_ENTER, ON_EXIT, ON_PAN_START, ON_PAN_UPDATE, ON_PAN_END, ON_HORIZONTAL_DRAG_START,
            ON_HORIZONTAL_DRAG_UPDATE, ON_HORIZONTAL_DRAG_END, ON_VERTICAL_DRAG_START, ON_VERTICAL_DRAG_UPDATE,
            ON_VERTICAL_DRAG_END, ON_SCROLL);

    public GestureDetector() {
        super("GestureDetector", GESTURE_DETECTOR_PROPS);
    }

    public GestureDetector(Control content) {
        this();
        content(content);
    }

    private static EventFactory<GestureDetector, TapEvent<GestureDetector>> tapEvents() {
        return TapEvent::new;
    }

    private static EventFactory<GestureDetector, HoverEvent<GestureDetector>> hoverEvents() {
        return HoverEvent::new;
    }

    private static EventFactory<GestureDetector, DragStartEvent<GestureDetector>> dragStarts() {
        return DragStartEvent::new;
    }

    private static EventFactory<GestureDetector, DragUpdateEvent<GestureDetector>> dragUpdates() {
        return DragUpdateEvent::new;
    }

    private static EventFactory<GestureDetector, DragEndEvent<GestureDetector>> dragEnds() {
        return DragEndEvent::new;
    }

    /** Sets the child the gestures are detected on. */
    public GestureDetector content(Control content) {
        set(CONTENT, content);
        return this;
    }

    public Optional<Control> content() {
        return Optional.ofNullable(get(CONTENT));
    }

    /** Sets the mouse pointer shown over the detector. */
    public GestureDetector mouseCursor(MouseCursor cursor) {
        set(MOUSE_CURSOR, cursor.value());
        return this;
    }

    /** Sends drag and pan updates at most every {@code millis} milliseconds (0 sends every move). */
    public GestureDetector dragInterval(int millis) {
        set(DRAG_INTERVAL, nonNegative("dragInterval", millis));
        return this;
    }

    /** Sends hover events at most every {@code millis} milliseconds (0 sends every move). */
    public GestureDetector hoverInterval(int millis) {
        set(HOVER_INTERVAL, nonNegative("hoverInterval", millis));
        return this;
    }

    /** Sets how many fingers make a multi-tap correct ({@link MultiTapEvent#correctTouches()}). */
    public GestureDetector multiTapTouches(int touches) {
        set(MULTI_TAP_TOUCHES, nonNegative("multiTapTouches", touches));
        return this;
    }

    /** Recognizes only pointers of these device kinds, e.g. {@code PointerDeviceType.MOUSE}. */
    public GestureDetector allowedDevices(PointerDeviceType... devices) {
        List<String> names = new ArrayList<>(devices.length);
        for (PointerDeviceType d : devices) {
            names.add(d.value());
        }
        set(ALLOWED_DEVICES, List.copyOf(names));
        return this;
    }

    /** Keeps the detector out of the accessibility tree: a tappable detector is then no button. */
    public GestureDetector excludeFromSemantics(boolean exclude) {
        set(EXCLUDE_FROM_SEMANTICS, exclude);
        return this;
    }

    private static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " < 0: " + value);
        }
        return value;
    }

    /** Sets the tap handler; the event holds where the pointer went down. {@code null} removes it. */
    public GestureDetector onTap(EventHandler<TapEvent<GestureDetector>> handler) {
        set(ON_TAP, handler);
        return this;
    }

    /** Sets the handler of a pointer that may tap going down. */
    public GestureDetector onTapDown(EventHandler<TapEvent<GestureDetector>> handler) {
        set(ON_TAP_DOWN, handler);
        return this;
    }

    /** Sets the handler of a tapping pointer lifting. */
    public GestureDetector onTapUp(EventHandler<TapEvent<GestureDetector>> handler) {
        set(ON_TAP_UP, handler);
        return this;
    }

    /** Sets the handler of a pointer that went down but will not tap. */
    public GestureDetector onTapCancel(EventHandler<Event<GestureDetector>> handler) {
        set(ON_TAP_CANCEL, handler);
        return this;
    }

    /** Sets the handler of several fingers touching together. */
    public GestureDetector onMultiTap(EventHandler<MultiTapEvent<GestureDetector>> handler) {
        set(ON_MULTI_TAP, handler);
        return this;
    }

    /** Sets the secondary (right) click handler; the browser's context menu is then not shown. */
    public GestureDetector onSecondaryTap(EventHandler<Event<GestureDetector>> handler) {
        set(ON_SECONDARY_TAP, handler);
        return this;
    }

    /** Sets the handler of a secondary-button press going down. */
    public GestureDetector onSecondaryTapDown(EventHandler<TapEvent<GestureDetector>> handler) {
        set(ON_SECONDARY_TAP_DOWN, handler);
        return this;
    }

    /** Sets the handler of a secondary-button press lifting. */
    public GestureDetector onSecondaryTapUp(EventHandler<TapEvent<GestureDetector>> handler) {
        set(ON_SECONDARY_TAP_UP, handler);
        return this;
    }

    /** Sets the double-tap handler. */
    public GestureDetector onDoubleTap(EventHandler<Event<GestureDetector>> handler) {
        set(ON_DOUBLE_TAP, handler);
        return this;
    }

    /** Sets the long-press handler. */
    public GestureDetector onLongPress(EventHandler<Event<GestureDetector>> handler) {
        set(ON_LONG_PRESS, handler);
        return this;
    }

    /** Sets the handler of a long press beginning, with its position. */
    public GestureDetector onLongPressStart(EventHandler<LongPressStartEvent<GestureDetector>> handler) {
        set(ON_LONG_PRESS_START, handler);
        return this;
    }

    /** Sets the handler of a long press ending, with its position and velocity. */
    public GestureDetector onLongPressEnd(EventHandler<LongPressEndEvent<GestureDetector>> handler) {
        set(ON_LONG_PRESS_END, handler);
        return this;
    }

    /** Sets the handler of the pointer of a long press lifting. */
    public GestureDetector onLongPressUp(EventHandler<Event<GestureDetector>> handler) {
        set(ON_LONG_PRESS_UP, handler);
        return this;
    }

    /** Sets the handler of a mouse moving over the detector (see {@link #hoverInterval}). */
    public GestureDetector onHover(EventHandler<HoverEvent<GestureDetector>> handler) {
        set(ON_HOVER, handler);
        return this;
    }

    /** Sets the handler of a mouse entering the detector. */
    public GestureDetector onEnter(EventHandler<HoverEvent<GestureDetector>> handler) {
        set(ON_ENTER, handler);
        return this;
    }

    /** Sets the handler of a mouse leaving the detector. */
    public GestureDetector onExit(EventHandler<HoverEvent<GestureDetector>> handler) {
        set(ON_EXIT, handler);
        return this;
    }

    /** Sets the handler of a pan beginning. */
    public GestureDetector onPanStart(EventHandler<DragStartEvent<GestureDetector>> handler) {
        set(ON_PAN_START, handler);
        return this;
    }

    /** Sets the handler of a panning pointer moving (see {@link #dragInterval}). */
    public GestureDetector onPanUpdate(EventHandler<DragUpdateEvent<GestureDetector>> handler) {
        set(ON_PAN_UPDATE, handler);
        return this;
    }

    /** Sets the handler of a pan ending. */
    public GestureDetector onPanEnd(EventHandler<DragEndEvent<GestureDetector>> handler) {
        set(ON_PAN_END, handler);
        return this;
    }

    /** Sets the handler of a horizontal drag beginning. */
    public GestureDetector onHorizontalDragStart(EventHandler<DragStartEvent<GestureDetector>> handler) {
        set(ON_HORIZONTAL_DRAG_START, handler);
        return this;
    }

    /** Sets the handler of a horizontally dragging pointer moving (see {@link #dragInterval}). */
    public GestureDetector onHorizontalDragUpdate(EventHandler<DragUpdateEvent<GestureDetector>> handler) {
        set(ON_HORIZONTAL_DRAG_UPDATE, handler);
        return this;
    }

    /** Sets the handler of a horizontal drag ending. */
    public GestureDetector onHorizontalDragEnd(EventHandler<DragEndEvent<GestureDetector>> handler) {
        set(ON_HORIZONTAL_DRAG_END, handler);
        return this;
    }

    /** Sets the handler of a vertical drag beginning. */
    public GestureDetector onVerticalDragStart(EventHandler<DragStartEvent<GestureDetector>> handler) {
        set(ON_VERTICAL_DRAG_START, handler);
        return this;
    }

    /** Sets the handler of a vertically dragging pointer moving (see {@link #dragInterval}). */
    public GestureDetector onVerticalDragUpdate(EventHandler<DragUpdateEvent<GestureDetector>> handler) {
        set(ON_VERTICAL_DRAG_UPDATE, handler);
        return this;
    }

    /** Sets the handler of a vertical drag ending. */
    public GestureDetector onVerticalDragEnd(EventHandler<DragEndEvent<GestureDetector>> handler) {
        set(ON_VERTICAL_DRAG_END, handler);
        return this;
    }

    /** Sets the handler of the mouse wheel or trackpad scrolling over the detector. */
    public GestureDetector onScroll(EventHandler<ScrollEvent<GestureDetector>> handler) {
        set(ON_SCROLL, handler);
        return this;
    }
}
