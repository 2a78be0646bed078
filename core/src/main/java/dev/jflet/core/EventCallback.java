package dev.jflet.core;

/** Handles an event without looking at it: {@code button.onClick(() -> count++)}. */
@FunctionalInterface
public interface EventCallback {
    void run() throws Exception;

    /** Adapts this callback to an {@link EventHandler}. */
    default <E extends Event<?>> EventHandler<E> asHandler() {
        return e -> run();
    }
}
