package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Padding;

/** One destination of a {@link NavigationRail}: Flet's {@code NavigationRailDestination}. */
public class NavigationRailDestination extends DestinationControl<NavigationRailDestination> {
    /** The label: a string or a control. */
    static final Prop<Object> LABEL = Prop.outbound("label", null);
    /** Space around the destination. */
    static final Prop<Padding> PADDING = Prop.outbound("padding", null);
    /** Color of the selection indicator while selected. */
    static final Prop<String> INDICATOR_COLOR = Prop.outbound("indicator_color", null);

    static final PropSet DESTINATION_PROPS = PropSet.of(Control.PROPS, ICON, SELECTED_ICON, LABEL, PADDING,
            INDICATOR_COLOR);

    /** A destination showing {@code icon} (e.g. {@code Icons.HOME}) and {@code label}. */
    public NavigationRailDestination(int icon, String label) {
        super("NavigationRailDestination", DESTINATION_PROPS, icon);
        set(LABEL, label);
    }

    /** A destination showing an icon control and a label control. */
    public NavigationRailDestination(Control icon, Control label) {
        super("NavigationRailDestination", DESTINATION_PROPS, icon);
        set(LABEL, label);
    }

    /** Sets the label. */
    public NavigationRailDestination label(String label) {
        set(LABEL, label);
        return this;
    }

    /** The label: a {@code String} or a {@code Control}. */
    public Object label() {
        return get(LABEL);
    }

    /** Sets the space around the destination. */
    public NavigationRailDestination padding(Padding padding) {
        set(PADDING, padding);
        return this;
    }

    /** Sets the color of the selection indicator while selected. */
    public NavigationRailDestination indicatorColor(String color) {
        set(INDICATOR_COLOR, color);
        return this;
    }

    /** Disables the destination: it cannot be picked. */
    public NavigationRailDestination disabled(boolean disabled) {
        set(DISABLED, disabled);
        return this;
    }
}
