package dev.jflet.core.internal.session;

import dev.jflet.core.internal.tree.ControlNode;

/**
 * Internal: the mounted controls by id, in open addressing with linear probing over one array of nodes, each of which
 * knows its id. A {@code HashMap<Integer, ...>} holds a boxed key and an entry object per control, and a separate
 * array of ids would double the table; with tens of thousands of controls that is megabytes. Removal shifts the run
 * back, so there are no tombstones and lookups stay short.
 */
final class NodeIndex {
    private ControlNode[] nodes = new ControlNode[64];
    private int size;

    int size() {
        return size;
    }

    /** The node with {@code id}, or null. */
    ControlNode get(int id) {
        int mask = nodes.length - 1;
        for (int i = slot(id, mask); nodes[i] != null; i = (i + 1) & mask) {
            if (nodes[i].id() == id) {
                return nodes[i];
            }
        }
        return null;
    }

    /** Stores {@code node} under its id, replacing any node with that id. */
    void put(ControlNode node) {
        if (2 * (size + 1) > nodes.length) {
            grow();
        }
        int id = node.id();
        int mask = nodes.length - 1;
        int i = slot(id, mask);
        while (nodes[i] != null && nodes[i].id() != id) {
            i = (i + 1) & mask;
        }
        if (nodes[i] == null) {
            size++;
        }
        nodes[i] = node;
    }

    /** Removes the node with {@code id}, if present. */
    void remove(int id) {
        int mask = nodes.length - 1;
        int i = slot(id, mask);
        while (nodes[i] == null || nodes[i].id() != id) {
            if (nodes[i] == null) {
                return;
            }
            i = (i + 1) & mask;
        }
        size--;
        // Backward shift: move later members of the run into the hole when their home slot allows it.
        for (int j = (i + 1) & mask; nodes[j] != null; j = (j + 1) & mask) {
            int home = slot(nodes[j].id(), mask);
            boolean movable = i <= j ? home <= i || home > j : home <= i && home > j;
            if (movable) {
                nodes[i] = nodes[j];
                i = j;
            }
        }
        nodes[i] = null;
    }

    private void grow() {
        ControlNode[] old = nodes;
        nodes = new ControlNode[old.length * 2];
        size = 0;
        for (ControlNode node : old) {
            if (node != null) {
                put(node);
            }
        }
    }

    private static int slot(int id, int mask) {
        int h = id * 0x9e3779b9;
        return (h ^ (h >>> 16)) & mask;
    }
}
