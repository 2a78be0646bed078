package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.ClipBehavior;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the labelled Material buttons share (flet-protocol.md §5.2): {@link Button}, {@link FilledButton},
 * {@link FilledTonalButton}, {@link OutlinedButton} and {@link TextButton}. They differ only in their look;
 * {@code S} is the concrete type, so setters chain.
 */
public abstract class ButtonControl<S extends ButtonControl<S>> extends LayoutControl<S> {
    /** The label: a string or a control. */
    static final Prop<Object> CONTENT = Prop.outbound("content", null);
    /** The icon before the label: an icon code or a control. */
    static final Prop<Object> ICON = Prop.outbound("icon", null);
    /** Icon color. */
    static final Prop<String> ICON_COLOR = Prop.outbound("icon_color", null);
    /** Whether the button takes focus when shown. */
    static final Prop<Boolean> AUTOFOCUS = Prop.outbound("autofocus", false);
    /** URL opened when the button is clicked. */
    static final Prop<String> URL = Prop.outbound("url", null);
    /** How the content is clipped (Button, FilledButton, FilledTonalButton: no default). */
    static final Prop<String> CLIP_BEHAVIOR = Prop.outbound("clip_behavior", null);
    /** How the content is clipped (TextButton, OutlinedButton: {@code none} by default). */
    static final Prop<String> CLIP_BEHAVIOR_NONE = Prop.outbound("clip_behavior", ClipBehavior.NONE.value());
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

    private static final PropSet ELEVATED_PROPS = PropSet.of(LayoutControl.PROPS, CONTENT, ICON, ICON_COLOR, AUTOFOCUS,
            URL, CLIP_BEHAVIOR, ON_CLICK, ON_LONG_PRESS, ON_HOVER, ON_FOCUS, ON_BLUR);
    private static final PropSet FLAT_PROPS = PropSet.of(LayoutControl.PROPS, CONTENT, ICON, ICON_COLOR, AUTOFOCUS,
            URL, CLIP_BEHAVIOR_NONE, ON_CLICK, ON_LONG_PRESS, ON_HOVER, ON_FOCUS, ON_BLUR);

    private final Prop<String> clipBehavior;

    /**
     * Creates a button of Flet type {@code type}; {@code flat} buttons (TextButton, OutlinedButton) default
     * {@code clip_behavior} to {@code none}, as Flet's do.
     */
    ButtonControl(String type, boolean flat) {
        super(type, flat ? FLAT_PROPS : ELEVATED_PROPS);
        clipBehavior = flat ? CLIP_BEHAVIOR_NONE : CLIP_BEHAVIOR;
    }

    /** Sets a text label. */
    public S content(String text) {
        set(CONTENT, text);
        return self();
    }

    /** Sets a control as the label. */
    public S content(Control content) {
        set(CONTENT, content);
        return self();
    }

    /** The label: a {@code String} or a {@code Control}. */
    public Optional<Object> content() {
        return Optional.ofNullable(get(CONTENT));
    }

    /** Sets the icon shown before the label, e.g. {@code Icons.ADD}. */
    public S icon(int icon) {
        set(ICON, icon);
        return self();
    }

    /** Sets a control, e.g. an {@code Icon} with options, as the icon before the label. */
    public S icon(Control icon) {
        set(ICON, icon);
        return self();
    }

    /** The icon code, when the icon is one. */
    public OptionalInt icon() {
        Object i = get(ICON);
        return i instanceof Integer ? OptionalInt.of((Integer) i) : OptionalInt.empty();
    }

    /** Sets the icon color. */
    public S iconColor(String color) {
        set(ICON_COLOR, color);
        return self();
    }

    /** Takes focus when shown. */
    public S autofocus(boolean autofocus) {
        set(AUTOFOCUS, autofocus);
        return self();
    }

    /** Opens {@code url} when the button is clicked. */
    public S url(String url) {
        set(URL, url);
        return self();
    }

    /** Sets how the content is clipped to the button's shape. */
    public S clipBehavior(ClipBehavior clip) {
        set(clipBehavior, clip.value());
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
