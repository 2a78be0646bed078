package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

/** One destination of a {@link NavigationBar}: Flet's {@code NavigationBarDestination}. */
public class NavigationBarDestination extends DestinationControl<NavigationBarDestination> {
    /** The label below the icon. */
    static final Prop<String> LABEL = Prop.outbound("label", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);

    static final PropSet DESTINATION_PROPS = PropSet.of(Control.PROPS, ICON, SELECTED_ICON, LABEL, BGCOLOR);

    /** A destination showing {@code icon} (e.g. {@code Icons.HOME}) and {@code label}. */
    public NavigationBarDestination(int icon, String label) {
        super("NavigationBarDestination", DESTINATION_PROPS, icon);
        set(LABEL, label);
    }

    /** A destination showing an icon control and {@code label}. */
    public NavigationBarDestination(Control icon, String label) {
        super("NavigationBarDestination", DESTINATION_PROPS, icon);
        set(LABEL, label);
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
}
