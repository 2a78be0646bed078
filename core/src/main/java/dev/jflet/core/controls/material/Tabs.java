package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.props.WireDecoder;
import dev.jflet.core.types.Duration;

/**
 * Coordinates a {@link TabBar} and a {@link TabBarView} anywhere in its content: Flet's {@code Tabs}. The new
 * index arrives with UpdateControl before the {@code change} event.
 */
public class Tabs extends LayoutControl<Tabs> {
    /** The number of tabs. */
    static final Prop<Integer> LENGTH = Prop.outbound("length", null);
    /** Index of the selected tab. */
    static final Prop<Integer> SELECTED_INDEX = Prop.value("selected_index", 0, WireDecoder.INTEGER);
    /** How long switching tabs animates; always sent, as Flet does. */
    static final Prop<Duration> ANIMATION_DURATION = Prop.outbound("animation_duration", null);
    /** The content, typically a Column holding the TabBar and the TabBarView. */
    static final Prop<Control> CONTENT = Prop.outbound("content", null);
    /** Fires when another tab is selected; the data is its index. */
    static final Prop<EventHandler<Event<Tabs>>> ON_CHANGE = Prop.event("change");

    static final PropSet TABS_PROPS = PropSet.of(LayoutControl.PROPS, LENGTH, SELECTED_INDEX, ANIMATION_DURATION,
            CONTENT, ON_CHANGE);

    /** {@code length} tabs whose bar and pages are inside {@code content}. */
    public Tabs(int length, Control content) {
        super("Tabs", TABS_PROPS);
        if (length < 0) {
            throw new IllegalArgumentException("Tabs length < 0: " + length);
        }
        set(LENGTH, length);
        set(ANIMATION_DURATION, Duration.ofMillis(100));
        set(CONTENT, content);
    }

    public int length() {
        return get(LENGTH);
    }

    /** Sets the number of tabs. */
    public Tabs length(int length) {
        set(LENGTH, length);
        return this;
    }

    public int selectedIndex() {
        return get(SELECTED_INDEX);
    }

    /** Selects the tab at {@code index}. */
    public Tabs selectedIndex(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("selectedIndex < 0: " + index);
        }
        set(SELECTED_INDEX, index);
        return this;
    }

    /** Sets how long switching tabs animates. */
    public Tabs animationDuration(Duration duration) {
        set(ANIMATION_DURATION, duration);
        return this;
    }

    /** Sets the content. */
    public Tabs content(Control content) {
        set(CONTENT, content);
        return this;
    }

    /** Sets the handler for selecting a tab; {@link #selectedIndex()} holds the new index. */
    public Tabs onChange(EventHandler<Event<Tabs>> handler) {
        set(ON_CHANGE, handler);
        return this;
    }

    /** Sets a change handler without arguments. */
    public Tabs onChange(EventCallback callback) {
        return onChange(callback.<Event<Tabs>>asHandler());
    }
}
