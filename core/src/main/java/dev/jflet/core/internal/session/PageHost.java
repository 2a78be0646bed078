package dev.jflet.core.internal.session;

import dev.jflet.core.Control;

/** Internal: what a {@link dev.jflet.core.Page} asks of its session. */
public interface PageHost {
    /** Sends the pending changes of each control (diff rooted at it) now. */
    void update(Control root);

    /** Suspends the current task. */
    void sleep(long millis);

    /** Starts a task; no auto-update follows it. */
    void runTask(TaskBody body);

    String sessionId();

    /** Sets whether tasks started from now on update automatically. */
    void defaultAutoUpdate(boolean on);

    /** Runs the auto-update now, as after a {@code yield} in a Flet generator handler. */
    void flush();

    /**
     * Calls a method of a control on the client and waits for its result; must run in a task.
     *
     * @param timeoutMillis 0 to wait as long as it takes
     */
    Object invoke(dev.jflet.core.Control target, String method, java.util.Map<String, Object> args,
            long timeoutMillis);

    /** Registers a service in the page's registry for the lifetime rule of {@code Service}. */
    void registerService(dev.jflet.core.Control service);

    /** Removes a service from the page's registry. */
    void unregisterService(dev.jflet.core.Control service);

    /** Reports an exception from app code: to the page's error handler if set, else as a banner. */
    void reportError(String where, Throwable error);

    /** The update state of the running task, or null outside tasks. */
    TaskContext currentTask();

    /** A task body that may throw. */
    @FunctionalInterface
    interface TaskBody {
        void run() throws Exception;
    }
}
