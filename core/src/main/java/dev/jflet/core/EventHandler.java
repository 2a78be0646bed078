package dev.jflet.core;

/**
 * Handles an event. It runs as a task on the page's event loop, so it may call
 * {@link Page#sleep(java.time.Duration)} without blocking the page.
 */
@FunctionalInterface
public interface EventHandler<E extends Event<?>> {
    void handle(E event) throws Exception;
}
