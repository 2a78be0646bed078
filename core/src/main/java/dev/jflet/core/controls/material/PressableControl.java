package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

/**
 * What every Material button shares (flet-protocol.md §5.2): a URL to open, autofocus, and the events click,
 * long_press, hover, focus and blur. {@link ButtonControl} adds a label, {@link IconButtonControl} an icon.
 */
public abstract class PressableControl<S extends PressableControl<S>> extends LayoutControl<S> {
    /** URL opened when the button is clicked. */
    static final Prop<String> URL = Prop.outbound("url", null);
    /** Whether the button takes focus when shown. */
    static final Prop<Boolean> AUTOFOCUS = Prop.outbound("autofocus", false);
    /** Fires when the button is clicked. */
    static final Prop<EventHandler<?>> ON_CLICK = Prop.event("click");
    /** Fires on a long press. */
    static final Prop<EventHandler<?>> ON_LONG_PRESS = Prop.event("long_press");
    /** Fires when the pointer enters or leaves the button. */
    static final Prop<EventHandler<?>> ON_HOVER = Prop.event("hover", ButtonHoverEvent.FACTORY);
    /** Fires when the button gains focus. */
    static final Prop<EventHandler<?>> ON_FOCUS = Prop.event("focus");
    /** Fires when the button loses focus. */
    static final Prop<EventHandler<?>> ON_BLUR = Prop.event("blur");

    /** The properties every button declares. */
    static final PropSet PRESSABLE_PROPS = PropSet.of(LayoutControl.PROPS, URL, AUTOFOCUS, ON_CLICK, ON_LONG_PRESS,
            ON_HOVER, ON_FOCUS, ON_BLUR);

    PressableControl(String type, PropSet props) {
        super(type, props);
    }

    /** Opens {@code url} when the button is clicked. */
    public S url(String url) {
        set(URL, url);
        return self();
    }

    /** Takes focus when shown. */
    public S autofocus(boolean autofocus) {
        set(AUTOFOCUS, autofocus);
        return self();
    }

    /** Sets the click handler; {@code null} removes it. */
    public S onClick(EventHandler<Event<S>> handler) {
        set(ON_CLICK, handler);
        return self();
    }

    /** Sets a click handler without arguments. */
    public S onClick(EventCallback callback) {
        return onClick(callback.<Event<S>>asHandler());
    }

    /** Sets the long-press handler; {@code null} removes it. */
    public S onLongPress(EventHandler<Event<S>> handler) {
        set(ON_LONG_PRESS, handler);
        return self();
    }

    /** Sets the handler for the pointer entering and leaving; {@link ButtonHoverEvent#hovered()} tells which. */
    public S onHover(EventHandler<ButtonHoverEvent<S>> handler) {
        set(ON_HOVER, handler);
        return self();
    }

    /** Sets the handler for gaining focus. */
    public S onFocus(EventHandler<Event<S>> handler) {
        set(ON_FOCUS, handler);
        return self();
    }

    /** Sets the handler for losing focus. */
    public S onBlur(EventHandler<Event<S>> handler) {
        set(ON_BLUR, handler);
        return self();
    }
}
