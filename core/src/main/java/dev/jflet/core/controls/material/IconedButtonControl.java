package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.OptionalInt;

/**
 * What the labelled and the icon buttons share beyond pressing: an icon, given as a code or a control, and its colour.
 * {@code S} is the concrete type, so setters chain.
 */
public abstract class IconedButtonControl<S extends IconedButtonControl<S>> extends PressableControl<S> {
    /** The icon: an icon code or a control. */
    static final Prop<Object> ICON = Prop.outbound("icon", null);
    /** Icon color. */
    static final Prop<String> ICON_COLOR = Prop.outbound("icon_color", null);

    IconedButtonControl(String type, PropSet props) {
        super(type, props);
    }

    /** Sets the icon, e.g. {@code Icons.ADD}. */
    public S icon(int icon) {
        set(ICON, icon);
        return self();
    }

    /** Sets a control, e.g. an {@code Icon} with options, as the icon. */
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
}
