package dev.jflet.core.internal.patch;

import dev.jflet.core.internal.tree.ControlNode;

/** Internal: told about every control that a patch sends in full. */
public interface MountTracker {
    void mounted(ControlNode node);
}
