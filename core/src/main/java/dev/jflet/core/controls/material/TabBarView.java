package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;

/** The pages of a {@link Tabs} control, one per tab: Flet's {@code TabBarView}. */
public class TabBarView extends LayoutControl<TabBarView> {
    /** One page per tab. */
    static final Prop<List<Control>> CONTROLS = Prop.controls("controls");
    /** Fraction of the width each page takes. */
    static final Prop<Double> VIEWPORT_FRACTION = Prop.outbound("viewport_fraction", 1.0);

    static final PropSet TAB_BAR_VIEW_PROPS = PropSet.of(LayoutControl.PROPS, CONTROLS, VIEWPORT_FRACTION);

    public TabBarView(Control... controls) {
        this(List.of(controls));
    }

    public TabBarView(List<? extends Control> controls) {
        super("TabBarView", TAB_BAR_VIEW_PROPS);
        controls().addAll(controls);
    }

    /** One page per tab; changes are sent with the next update. */
    public List<Control> controls() {
        return controls(CONTROLS);
    }

    /** Sets the fraction of the width each page takes. */
    public TabBarView viewportFraction(double fraction) {
        set(VIEWPORT_FRACTION, fraction);
        return this;
    }
}
