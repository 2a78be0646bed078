package dev.jflet.core.internal.session;

import dev.jflet.core.internal.tree.ControlNode;

/**
 * Internal: the mounted controls by id, in open addressing with linear probing. A {@code HashMap<Integer, ...>} holds
 * a boxed key and an entry object per control; with tens of thousands of controls these two arrays take a third of
 * that memory. Removal shifts the run back, so there are no tombstones and lookups stay short.
 */
final class NodeIndex {
    private static final int EMPTY = 0;

    private int[] ids = new int[64];
    private ControlNode[] nodes = new ControlNode[64];
    private int size;

    int size() {
        return size;
    }

    /** The node with {@code id}, or null. */
    ControlNode get(int id) {
        if (id == EMPTY) {
            return null;
        }
        int mask = ids.length - 1;
        for (int i = slot(id, mask); ids[i] != EMPTY; i = (i + 1) & mask) {
            if (ids[i] == id) {
                return nodes[i];
            }
        }
        return null;
    }

    /** Stores {@code node} under its id, replacing any node with that id. */
    void put(ControlNode node) {
        int id = node.id();
        if (id == EMPTY) {
            throw new IllegalArgumentException("control id 0 cannot be indexed");
        }
        if (2 * (size + 1) > ids.length) {
            grow();
        }
        int mask = ids.length - 1;
        int i = slot(id, mask);
        while (ids[i] != EMPTY && ids[i] != id) {
            i = (i + 1) & mask;
        }
        if (ids[i] == EMPTY) {
            size++;
        }
        ids[i] = id;
        nodes[i] = node;
    }

    /** Removes the node with {@code id}, if present. */
    void remove(int id) {
        if (id == EMPTY) {
            return;
        }
        int mask = ids.length - 1;
        int i = slot(id, mask);
        while (ids[i] != id) {
            if (ids[i] == EMPTY) {
                return;
            }
            i = (i + 1) & mask;
        }
        size--;
        // Backward shift: move later members of the run into the hole when their home slot allows it.
        for (int j = (i + 1) & mask; ids[j] != EMPTY; j = (j + 1) & mask) {
            int home = slot(ids[j], mask);
            boolean movable = i <= j ? home <= i || home > j : home <= i && home > j;
            if (movable) {
                ids[i] = ids[j];
                nodes[i] = nodes[j];
                i = j;
            }
        }
        ids[i] = EMPTY;
        nodes[i] = null;
    }

    private void grow() {
        int[] oldIds = ids;
        ControlNode[] oldNodes = nodes;
        ids = new int[oldIds.length * 2];
        nodes = new ControlNode[oldIds.length * 2];
        size = 0;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != EMPTY) {
                put(oldNodes[i]);
            }
        }
    }

    private static int slot(int id, int mask) {
        int h = id * 0x9e3779b9;
        return (h ^ (h >>> 16)) & mask;
    }
}
