package dev.jflet.core.services;

import dev.jflet.core.internal.props.PropSet;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The system clipboard: Flet's {@code Clipboard} service. Calls suspend the task, not the page. */
public final class Clipboard extends Service {
    private static final PropSet PROPS = PropSet.of(null);

    private Duration timeout = Duration.ZERO;

    /** Creates the service; see {@link Service} for how long it lives. */
    public Clipboard() {
        super("Clipboard", PROPS);
    }

    /** Sets how long calls wait for the client; zero waits as long as it takes. */
    public Clipboard timeout(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout < 0: " + timeout);
        }
        this.timeout = timeout;
        return this;
    }

    /** Puts text on the clipboard. */
    public void set(String text) {
        invoke("set", Map.of("data", text), timeout);
    }

    /** The clipboard's text, if it holds any. */
    public Optional<String> get() {
        Object v = invoke("get", null, timeout);
        return v instanceof String ? Optional.of((String) v) : Optional.empty();
    }
}
