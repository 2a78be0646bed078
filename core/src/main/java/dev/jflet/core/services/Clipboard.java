package dev.jflet.core.services;

import dev.jflet.core.internal.props.PropSet;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The system clipboard: Flet's {@code Clipboard} service. Calls suspend the task, not the page. Browsers let a page
 * read the clipboard only with the user's permission, and write it only shortly after a user action such as a click.
 */
public final class Clipboard extends Service {
    private static final PropSet PROPS = PropSet.of(null);

    /** Creates the service; see {@link Service} for how long it lives. */
    public Clipboard() {
        super("Clipboard", PROPS);
    }

    /** Sets how long calls wait for the client; zero waits as long as it takes. */
    public Clipboard timeout(Duration timeout) {
        setTimeout(timeout);
        return this;
    }

    /** Puts text on the clipboard. */
    public void set(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Clipboard.set: text must not be null; use an empty string to empty it");
        }
        call("set", Map.of("data", text));
    }

    /** The clipboard's text, if it holds any. */
    public Optional<String> get() {
        Object v = call("get", null);
        return v instanceof String ? Optional.of((String) v) : Optional.empty();
    }
}
