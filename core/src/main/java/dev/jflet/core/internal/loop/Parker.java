package dev.jflet.core.internal.loop;

/** Internal: suspends one task until {@link #unpark()} is called; an early unpark is remembered. */
public interface Parker {
    /** Suspends the calling task. Must be called from a task. */
    void park();

    /** Lets the parked task continue; never blocks. */
    void unpark();
}
