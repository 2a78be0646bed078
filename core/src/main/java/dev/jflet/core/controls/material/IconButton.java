package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.OptionalInt;

/** A button that shows an icon: Flet's {@code IconButton}. */
public class IconButton extends LayoutControl<IconButton> {
    /** Icon code (see {@code Icons}). */
    static final Prop<Integer> ICON = Prop.outbound("icon", null);
    /** Icon color. */
    static final Prop<String> ICON_COLOR = Prop.outbound("icon_color", null);
    /** Icon size in logical pixels. */
    static final Prop<Double> ICON_SIZE = Prop.outbound("icon_size", null);
    /** Whether the button is in its selected state. */
    static final Prop<Boolean> SELECTED = Prop.outbound("selected", null);
    /** Icon shown when selected. */
    static final Prop<Integer> SELECTED_ICON = Prop.outbound("selected_icon", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Whether the button takes focus when shown. */
    static final Prop<Boolean> AUTOFOCUS = Prop.outbound("autofocus", false);
    /** Fires when the button is clicked. */
    static final Prop<EventHandler<Event<IconButton>>> ON_CLICK = Prop.event("click");

    static final PropSet ICON_BUTTON_PROPS = PropSet.of(LayoutControl.PROPS, ICON, ICON_COLOR, ICON_SIZE, SELECTED,
            SELECTED_ICON, BGCOLOR, AUTOFOCUS, ON_CLICK);

    public IconButton() {
        super("IconButton", ICON_BUTTON_PROPS);
    }

    /** A button showing {@code icon}, e.g. {@code Icons.ADD}. */
    public IconButton(int icon) {
        this();
        icon(icon);
    }

    public IconButton(int icon, EventHandler<Event<IconButton>> onClick) {
        this(icon);
        onClick(onClick);
    }

    /** Sets the icon, e.g. {@code Icons.ADD}. */
    public IconButton icon(int icon) {
        set(ICON, icon);
        return this;
    }

    public OptionalInt icon() {
        Integer i = get(ICON);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Sets the icon color. */
    public IconButton iconColor(String color) {
        set(ICON_COLOR, color);
        return this;
    }

    /** Sets the icon size in logical pixels. */
    public IconButton iconSize(double size) {
        set(ICON_SIZE, size);
        return this;
    }

    /** Puts the button in its selected state. */
    public IconButton selected(boolean selected) {
        set(SELECTED, selected);
        return this;
    }

    /** Sets the icon shown when selected. */
    public IconButton selectedIcon(int icon) {
        set(SELECTED_ICON, icon);
        return this;
    }

    /** Sets the background color. */
    public IconButton bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Takes focus when shown. */
    public IconButton autofocus(boolean autofocus) {
        set(AUTOFOCUS, autofocus);
        return this;
    }

    /** Sets the click handler; {@code null} removes it. */
    public IconButton onClick(EventHandler<Event<IconButton>> handler) {
        set(ON_CLICK, handler);
        return this;
    }

    /** Sets a click handler without arguments. */
    public IconButton onClick(EventCallback callback) {
        return onClick(callback.<Event<IconButton>>asHandler());
    }
}
