package dev.jflet.core.internal.tree;

/** Internal: what a mounted control tells its session when it changes. */
public interface TreeSession {
    /** Records that the node has changes the client has not seen yet. */
    void markDirty(ControlNode node);
}
