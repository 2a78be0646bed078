package dev.jflet.core.internal.session;

/**
 * Internal: per-task update state for Flet's auto-update rule (flet-protocol.md §4.4): whether
 * auto-update is on for this task and whether the task already called {@code update()}.
 */
public final class TaskContext {
    private static final ThreadLocal<TaskContext> CURRENT = new ThreadLocal<>();

    final dev.jflet.core.internal.tree.ControlNode origin;
    final java.util.List<dev.jflet.core.Control> services = new java.util.ArrayList<>();
    final boolean main;
    final PageHost host;
    boolean autoUpdate;
    boolean updateCalled;

    TaskContext(PageHost host, dev.jflet.core.internal.tree.ControlNode origin, boolean autoUpdate, boolean main) {
        this.host = host;
        this.origin = origin;
        this.autoUpdate = autoUpdate;
        this.main = main;
    }

    static void enter(TaskContext ctx) {
        CURRENT.set(ctx);
    }

    static void exit() {
        CURRENT.remove();
    }

    /** The context of the running task, or null outside tasks. */
    public static TaskContext current() {
        return CURRENT.get();
    }

    /** The session the task belongs to. */
    public PageHost host() {
        return host;
    }

    public void autoUpdate(boolean on) {
        this.autoUpdate = on;
    }

    public boolean autoUpdate() {
        return autoUpdate;
    }

    void markUpdateCalled() {
        updateCalled = true;
    }
}
