package dev.jflet.core;

import dev.jflet.core.internal.props.PropSet;

/** The app window ({@code _i} 2). Browsers report nothing about it; it exists for protocol parity. */
public final class Window extends Control {
    Window() {
        super("Window", PropSet.of(Control.PROPS), 2);
    }
}
