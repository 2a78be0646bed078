package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.ClipBehavior;
import dev.jflet.core.types.OutlinedBorder;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Material floating action button, for a screen's primary action: Flet's {@code FloatingActionButton}. Show it
 * over a view's bottom-end corner with {@code page.floatingActionButton(...)}, or place it like any control.
 */
public class FloatingActionButton extends LayoutControl<FloatingActionButton> {
    /** The label: a string or a control. */
    static final Prop<Object> CONTENT = Prop.outbound("content", null);
    /** The icon: an icon code or a control. */
    static final Prop<Object> ICON = Prop.outbound("icon", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Color of the icon and label. */
    static final Prop<String> FOREGROUND_COLOR = Prop.outbound("foreground_color", null);
    /** Whether the button is the small variant. */
    static final Prop<Boolean> MINI = Prop.outbound("mini", false);
    /** Elevation of the button. */
    static final Prop<Double> ELEVATION = Prop.outbound("elevation", null);
    /** URL opened when the button is clicked. */
    static final Prop<String> URL = Prop.outbound("url", null);
    /** How the content is clipped to the button's shape. */
    static final Prop<String> CLIP_BEHAVIOR = Prop.outbound("clip_behavior", ClipBehavior.NONE.value());
    /** Whether the button takes focus when shown. */
    static final Prop<Boolean> AUTOFOCUS = Prop.outbound("autofocus", false);
    /** Fires when the button is clicked. */
    static final Prop<EventHandler<Event<FloatingActionButton>>> ON_CLICK = Prop.event("click");

    /** The outline's shape. */
    static final Prop<OutlinedBorder> SHAPE = Prop.outbound("shape", null);

    static final PropSet FAB_PROPS = PropSet.of(LayoutControl.PROPS, CONTENT, ICON, BGCOLOR, FOREGROUND_COLOR, MINI,
            ELEVATION, URL, CLIP_BEHAVIOR, AUTOFOCUS, ON_CLICK, SHAPE);

    public FloatingActionButton() {
        super("FloatingActionButton", FAB_PROPS);
    }

    /** A button showing {@code icon}, e.g. {@code Icons.ADD}; give it a tooltip, which is also its name. */
    public FloatingActionButton(int icon) {
        this();
        icon(icon);
    }

    /** A button showing {@code icon} that runs {@code onClick} when clicked. */
    public FloatingActionButton(int icon, EventHandler<Event<FloatingActionButton>> onClick) {
        this(icon);
        onClick(onClick);
    }

    /** Sets a text label; with an icon too, the button is an extended FAB. */
    public FloatingActionButton content(String text) {
        set(CONTENT, text);
        return this;
    }

    /** Sets a control as the label. */
    public FloatingActionButton content(Control content) {
        set(CONTENT, content);
        return this;
    }

    /** The label: a {@code String} or a {@code Control}. */
    public Optional<Object> content() {
        return Optional.ofNullable(get(CONTENT));
    }

    /** Sets the icon, e.g. {@code Icons.ADD}. */
    public FloatingActionButton icon(int icon) {
        set(ICON, icon);
        return this;
    }

    /** Sets a control as the icon. */
    public FloatingActionButton icon(Control icon) {
        set(ICON, icon);
        return this;
    }

    /** The icon code, when the icon is one. */
    public OptionalInt icon() {
        Object i = get(ICON);
        return i instanceof Integer ? OptionalInt.of((Integer) i) : OptionalInt.empty();
    }

    /** Sets the background color. */
    public FloatingActionButton bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Sets the color of the icon and label. */
    public FloatingActionButton foregroundColor(String color) {
        set(FOREGROUND_COLOR, color);
        return this;
    }

    /** Makes the button the small variant. */
    public FloatingActionButton mini(boolean mini) {
        set(MINI, mini);
        return this;
    }

    /** Sets the elevation. */
    public FloatingActionButton elevation(double elevation) {
        if (!(elevation >= 0)) {
            throw new IllegalArgumentException("elevation must be >= 0: " + elevation);
        }
        set(ELEVATION, elevation);
        return this;
    }

    /** Opens {@code url} when the button is clicked. */
    public FloatingActionButton url(String url) {
        set(URL, url);
        return this;
    }

    /** Sets how the content is clipped to the button's shape. */
    public FloatingActionButton clipBehavior(ClipBehavior clip) {
        set(CLIP_BEHAVIOR, clip.value());
        return this;
    }

    /** Takes focus when shown. */
    public FloatingActionButton autofocus(boolean autofocus) {
        set(AUTOFOCUS, autofocus);
        return this;
    }

    /** Sets the click handler; {@code null} removes it. */
    public FloatingActionButton onClick(EventHandler<Event<FloatingActionButton>> handler) {
        set(ON_CLICK, handler);
        return this;
    }

    /** Sets a click handler without arguments. */
    public FloatingActionButton onClick(EventCallback callback) {
        return onClick(callback.<Event<FloatingActionButton>>asHandler());
    }

    /** Sets the outline's shape, e.g. a {@code RoundedRectangleBorder}; null restores the round default. */
    public FloatingActionButton shape(OutlinedBorder value) {
        set(SHAPE, value);
        return this;
    }
}
