package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

/**
 * What the destinations of a {@link NavigationBar} and a {@link NavigationRail} share: an icon and a selected icon,
 * each an icon code or a control, and a tooltip. {@code S} is the concrete type, so setters chain.
 */
public abstract class DestinationControl<S extends DestinationControl<S>> extends Control {
    /** The icon: an icon code or a control. */
    static final Prop<Object> ICON = Prop.outbound("icon", null);
    /** The icon shown while selected: an icon code or a control. */
    static final Prop<Object> SELECTED_ICON = Prop.outbound("selected_icon", null);

    DestinationControl(String type, PropSet props, Object icon) {
        super(type, props);
        set(ICON, icon);
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    /** Sets the icon shown while selected, e.g. {@code Icons.SETTINGS}. */
    public S selectedIcon(int icon) {
        set(SELECTED_ICON, icon);
        return self();
    }

    /** Sets a control as the icon shown while selected. */
    public S selectedIcon(Control icon) {
        set(SELECTED_ICON, icon);
        return self();
    }

    /** Sets the tooltip. */
    public S tooltip(String tooltip) {
        set(TOOLTIP, tooltip);
        return self();
    }
}
