package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

/** A Material text button, for less prominent actions: Flet's {@code TextButton}. */
public class TextButton extends LayoutControl<TextButton> {
    /** The label: a string or a control. */
    static final Prop<Object> CONTENT = Prop.outbound("content", null);
    /** Icon code shown before the label. */
    static final Prop<Integer> ICON = Prop.outbound("icon", null);
    /** Fires when the button is clicked. */
    static final Prop<EventHandler<Event<TextButton>>> ON_CLICK = Prop.event("click");

    static final PropSet TEXT_BUTTON_PROPS = PropSet.of(LayoutControl.PROPS, CONTENT, ICON, ON_CLICK);

    public TextButton(String text) {
        super("TextButton", TEXT_BUTTON_PROPS);
        set(CONTENT, text);
    }

    public TextButton(String text, EventHandler<Event<TextButton>> onClick) {
        this(text);
        onClick(onClick);
    }

    /** Sets a control as the label. */
    public TextButton content(Control content) {
        set(CONTENT, content);
        return this;
    }

    /** Sets the icon shown before the label, e.g. {@code Icons.ADD}. */
    public TextButton icon(int icon) {
        set(ICON, icon);
        return this;
    }

    /** Sets the click handler; {@code null} removes it. */
    public TextButton onClick(EventHandler<Event<TextButton>> handler) {
        set(ON_CLICK, handler);
        return this;
    }

    /** Sets a click handler without arguments. */
    public TextButton onClick(EventCallback callback) {
        return onClick(callback.<Event<TextButton>>asHandler());
    }
}
