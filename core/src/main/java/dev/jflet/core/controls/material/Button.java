package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.Optional;
import java.util.OptionalInt;

/** A Material elevated button: Flet's {@code Button}. */
public class Button extends LayoutControl<Button> {
    /** The label: a string or a control. */
    static final Prop<Object> CONTENT = Prop.outbound("content", null);
    /** Icon code shown before the label (see {@code Icons}). */
    static final Prop<Integer> ICON = Prop.outbound("icon", null);
    /** Icon color. */
    static final Prop<String> ICON_COLOR = Prop.outbound("icon_color", null);
    /** Whether the button takes focus when shown. */
    static final Prop<Boolean> AUTOFOCUS = Prop.outbound("autofocus", false);
    /** Fires when the button is clicked. */
    static final Prop<EventHandler<Event<Button>>> ON_CLICK = Prop.event("click");

    static final PropSet BUTTON_PROPS = PropSet.of(LayoutControl.PROPS, CONTENT, ICON, ICON_COLOR, AUTOFOCUS,
            ON_CLICK);

    public Button() {
        super("Button", BUTTON_PROPS);
    }

    public Button(String text) {
        this();
        content(text);
    }

    public Button(String text, EventHandler<Event<Button>> onClick) {
        this(text);
        onClick(onClick);
    }

    /** Sets a text label. */
    public Button content(String text) {
        set(CONTENT, text);
        return this;
    }

    /** Sets a control as the label. */
    public Button content(Control content) {
        set(CONTENT, content);
        return this;
    }

    /** The label: a {@code String} or a {@code Control}. */
    public Optional<Object> content() {
        return Optional.ofNullable(get(CONTENT));
    }

    /** Sets the icon shown before the label, e.g. {@code Icons.ADD}. */
    public Button icon(int icon) {
        set(ICON, icon);
        return this;
    }

    public OptionalInt icon() {
        Integer i = get(ICON);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Sets the icon color. */
    public Button iconColor(String color) {
        set(ICON_COLOR, color);
        return this;
    }

    /** Takes focus when shown. */
    public Button autofocus(boolean autofocus) {
        set(AUTOFOCUS, autofocus);
        return this;
    }

    /** Sets the click handler; {@code null} removes it. */
    public Button onClick(EventHandler<Event<Button>> handler) {
        set(ON_CLICK, handler);
        return this;
    }

    /** Sets a click handler without arguments. */
    public Button onClick(EventCallback callback) {
        return onClick(callback.<Event<Button>>asHandler());
    }
}
