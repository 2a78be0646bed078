package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

/** One destination of a {@link NavigationBar}: Flet's {@code NavigationBarDestination}. */
public class NavigationBarDestination extends Control {
    /** The icon: an icon code or a control. */
    static final Prop<Object> ICON = Prop.outbound("icon", null);
    /** The icon shown while selected: an icon code or a control. */
    static final Prop<Object> SELECTED_ICON = Prop.outbound("selected_icon", null);
    /** The label below the icon. */
    static final Prop<String> LABEL = Prop.outbound("label", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);

    static final PropSet DESTINATION_PROPS = PropSet.of(Control.PROPS, ICON, SELECTED_ICON, LABEL, BGCOLOR);

    /** A destination showing {@code icon} (e.g. {@code Icons.HOME}) and {@code label}. */
    public NavigationBarDestination(int icon, String label) {
        super("NavigationBarDestination", DESTINATION_PROPS);
        set(ICON, icon);
        set(LABEL, label);
    }

    /** A destination showing an icon control and {@code label}. */
    public NavigationBarDestination(Control icon, String label) {
        super("NavigationBarDestination", DESTINATION_PROPS);
        set(ICON, icon);
        set(LABEL, label);
    }

    /** Sets the icon shown while selected, e.g. {@code Icons.SETTINGS_OUTLINED}. */
    public NavigationBarDestination selectedIcon(int icon) {
        set(SELECTED_ICON, icon);
        return this;
    }

    /** Sets the label. */
    public NavigationBarDestination label(String label) {
        set(LABEL, label);
        return this;
    }

    /** Sets the background color. */
    public NavigationBarDestination bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Sets the tooltip. */
    public NavigationBarDestination tooltip(String tooltip) {
        set(TOOLTIP, tooltip);
        return this;
    }
}
