package dev.jflet.core;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;

/** Internal: the page's open dialogs. */
final class Dialogs extends Control {
    static final Prop<List<Control>> CONTROLS = Prop.controls("controls");

    Dialogs() {
        super("Dialogs", PropSet.of(Control.PROPS, CONTROLS));
    }

    List<Control> controls() {
        return controls(CONTROLS);
    }
}
