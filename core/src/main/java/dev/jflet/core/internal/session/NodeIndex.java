package dev.jflet.core.internal.session;

import dev.jflet.core.internal.tree.ControlNode;
import dev.jflet.core.internal.tree.Nodes;

/**
 * Internal: the mounted controls by id, in a table indexed by id and cut in pages of 256 slots. Ids are small and
 * handed out in order, so the slots of a page are mostly used; removed controls leave ranges of ids unused, so a page
 * exists only while it holds a node. A {@code HashMap<Integer, ...>} would hold a boxed key and an entry object per
 * control.
 */
final class NodeIndex {
    private static final int PAGE_BITS = 8;
    private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;

    /** The pages by id >>> PAGE_BITS; null where a page holds no node. */
    private ControlNode[][] pages = new ControlNode[8][];
    /** The number of nodes in each page. */
    private int[] counts = new int[8];
    private int size;

    int size() {
        return size;
    }

    /** The number of pages that exist. */
    int pages() {
        int n = 0;
        for (ControlNode[] page : pages) {
            if (page != null) {
                n++;
            }
        }
        return n;
    }

    /** The node with {@code id}, or null. */
    ControlNode get(int id) {
        int p = id >>> PAGE_BITS;
        if (id < 0 || p >= pages.length || pages[p] == null) {
            return null;
        }
        return pages[p][id & PAGE_MASK];
    }

    /** Stores {@code node} under its id, replacing any node with that id. */
    void put(ControlNode node) {
        int id = Nodes.id(node);
        if (id < 0) {
            throw new IllegalArgumentException("a control's id is not negative: " + id);
        }
        int p = id >>> PAGE_BITS;
        if (p >= pages.length) {
            int length = Math.max(p + 1, 2 * pages.length);
            pages = java.util.Arrays.copyOf(pages, length);
            counts = java.util.Arrays.copyOf(counts, length);
        }
        ControlNode[] page = pages[p];
        if (page == null) {
            page = new ControlNode[PAGE_MASK + 1];
            pages[p] = page;
        }
        if (page[id & PAGE_MASK] == null) {
            counts[p]++;
            size++;
        }
        page[id & PAGE_MASK] = node;
    }

    /** Removes the node with {@code id}, if present; a page left empty goes. */
    void remove(int id) {
        if (get(id) == null) {
            return;
        }
        int p = id >>> PAGE_BITS;
        pages[p][id & PAGE_MASK] = null;
        size--;
        if (--counts[p] == 0) {
            pages[p] = null;
        }
    }
}
