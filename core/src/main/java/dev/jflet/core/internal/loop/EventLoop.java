package dev.jflet.core.internal.loop;

/**
 * Internal: the page's single event loop (DESIGN.md decision 2). Callbacks and tasks never run at the
 * same time. A task may suspend itself with a {@link Parker}; everything else must not block.
 */
public interface EventLoop {
    /** Starts {@code body} as a task that may suspend; it begins after the current work finishes. */
    void spawn(Runnable body);

    /** Runs {@code callback} on the loop after {@code delayMillis}; the callback must not block. */
    void schedule(long delayMillis, Runnable callback);

    /** Creates a parker for suspending the current task until something on the loop resumes it. */
    Parker newParker();

    /** Milliseconds on this loop's clock (virtual time on the JVM). */
    long now();

    /** Suspends the current task for {@code millis}. */
    default void sleep(long millis) {
        Parker p = newParker();
        schedule(Math.max(0, millis), p::unpark);
        p.park();
    }
}
