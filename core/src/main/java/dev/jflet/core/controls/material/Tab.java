package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Margin;

/** One tab of a {@link TabBar}: Flet's {@code Tab}. */
public class Tab extends Control {
    /** The label: a string or a control. */
    static final Prop<Object> LABEL = Prop.outbound("label", null);
    /** The icon: an icon code or a control. */
    static final Prop<Object> ICON = Prop.outbound("icon", null);
    /** Space between the icon and the label. */
    static final Prop<Margin> ICON_MARGIN = Prop.outbound("icon_margin", null);
    /** Height of the tab. */
    static final Prop<Double> HEIGHT = Prop.outbound("height", null);

    static final PropSet TAB_PROPS = PropSet.of(Control.PROPS, LABEL, ICON, ICON_MARGIN, HEIGHT);

    /** A tab labelled {@code label}. */
    public Tab(String label) {
        super("Tab", TAB_PROPS);
        set(LABEL, label);
    }

    /** A tab showing a control as its label. */
    public Tab(Control label) {
        super("Tab", TAB_PROPS);
        set(LABEL, label);
    }

    /** Sets the icon, e.g. {@code Icons.STAR}. */
    public Tab icon(int icon) {
        set(ICON, icon);
        return this;
    }

    /** Sets an icon control. */
    public Tab icon(Control icon) {
        set(ICON, icon);
        return this;
    }

    /** Sets the space between the icon and the label. */
    public Tab iconMargin(Margin margin) {
        set(ICON_MARGIN, margin);
        return this;
    }

    /** Sets the height of the tab. */
    public Tab height(double height) {
        set(HEIGHT, height);
        return this;
    }
}
