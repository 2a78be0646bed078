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

    /** The update state of the running task, or null outside tasks. */
    TaskContext currentTask();

    /** A task body that may throw. */
    @FunctionalInterface
    interface TaskBody {
        void run() throws Exception;
    }
}
