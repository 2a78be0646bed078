package dev.jflet.core;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;

/** Internal: the page's registered services (clipboard, preferences, …). */
final class ServiceRegistry extends Control {
    static final Prop<List<Control>> SERVICES = Prop.controls("_services");

    ServiceRegistry(String uid) {
        super("ServiceRegistry", PropSet.of(Control.PROPS, SERVICES));
        internal("uid", uid);
    }

    List<Control> services() {
        return controls(SERVICES);
    }
}
