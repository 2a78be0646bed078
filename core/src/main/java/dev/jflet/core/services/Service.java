package dev.jflet.core.services;

import dev.jflet.core.Control;
import dev.jflet.core.InvokeException;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.session.PageHost;
import dev.jflet.core.internal.session.TaskContext;

import java.time.Duration;
import java.util.Map;

/**
 * A non-visual control whose methods run on the client: clipboard, preferences, URL launcher, ….
 *
 * <p><b>Lifetime.</b> Java has no reference counting to tell when a service is no longer used, so the
 * rule is explicit: a service registers with the page when it is created and lives as long as the code
 * that created it. Created in {@code main}, it lives for the whole session; created in an event handler
 * or a task, it is unregistered when that handler or task finishes. {@link #close()} unregisters it
 * earlier. Keep a service you use from many handlers in a field set in {@code main}.
 */
public abstract class Service extends Control implements AutoCloseable {
    private final PageHost host;
    private Duration timeout = Duration.ZERO;

    /**
     * Creates and registers the service.
     *
     * @throws IllegalStateException outside {@code main}, an event handler or a task
     */
    protected Service(String type, PropSet props) {
        super(type, props);
        TaskContext ctx = TaskContext.current();
        if (ctx == null) {
            throw new IllegalStateException(type + " must be created inside main, an event handler or a task, "
                    + "where it can register with the page.");
        }
        this.host = ctx.host();
        host.registerService(this);
    }

    /**
     * Calls a method of this service on the client and waits for its result without blocking the page.
     *
     * @param timeout how long to wait; {@link Duration#ZERO} waits as long as it takes
     * @throws InvokeException if the client reports an error, or the timeout passes
     */
    protected final Object invoke(String method, Map<String, Object> args, Duration timeout) {
        return host.invoke(this, method, args, timeout.toMillis());
    }

    /**
     * Sets how long {@link #call} waits for the client; zero waits as long as it takes.
     *
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    protected final void setTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ".timeout must be zero or more: "
                    + timeout);
        }
        this.timeout = timeout;
    }

    /** Calls a method of this service on the client with the timeout set by {@link #setTimeout}. */
    protected final Object call(String method, Map<String, Object> args) {
        return invoke(method, args, timeout);
    }

    /** Unregisters the service from the page. */
    @Override
    public void close() {
        host.unregisterService(this);
    }
}
