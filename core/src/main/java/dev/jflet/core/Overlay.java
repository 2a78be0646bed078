package dev.jflet.core;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;

/** Internal: the page's overlay layer; children may be positioned absolutely. */
final class Overlay extends Control {
    static final Prop<List<Control>> CONTROLS = Prop.controls("controls");

    Overlay() {
        super("Overlay", PropSet.of(Control.PROPS, CONTROLS));
        internal("host_positioned", true);
    }

    List<Control> controls() {
        return controls(CONTROLS);
    }
}
