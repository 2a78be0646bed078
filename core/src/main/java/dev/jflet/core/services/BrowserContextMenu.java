package dev.jflet.core.services;

import dev.jflet.core.internal.props.PropSet;

import java.time.Duration;

/**
 * The browser's own context menu (right click, long press): Flet's {@code BrowserContextMenu} service. It is enabled
 * when the app starts; {@link #disable()} keeps it from opening anywhere on the page until {@link #enable()}.
 */
public final class BrowserContextMenu extends Service {
    private static final PropSet PROPS = PropSet.of(null);

    private boolean disabled;

    /** Creates the service; see {@link Service} for how long it lives. */
    public BrowserContextMenu() {
        super("BrowserContextMenu", PROPS);
    }

    /** Sets how long calls wait for the client; zero waits as long as it takes. */
    public BrowserContextMenu timeout(Duration timeout) {
        setTimeout(timeout);
        return this;
    }

    /** Lets the browser's context menu open again. */
    public void enable() {
        call("enable_menu", null);
        disabled = false;
    }

    /** Keeps the browser's context menu from opening. */
    public void disable() {
        call("disable_menu", null);
        disabled = true;
    }

    /** Whether this service last disabled the menu. */
    public boolean disabled() {
        return disabled;
    }
}
