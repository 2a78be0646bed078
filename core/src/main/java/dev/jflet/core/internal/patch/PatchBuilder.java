package dev.jflet.core.internal.patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Internal: collects patch operations and encodes them in Flet's path-tree form
 * (flet-protocol.md §3.4): {@code [path_tree, op1, op2, …]}.
 */
public final class PatchBuilder {
    public static final int REPLACE = 0;
    public static final int ADD = 1;
    public static final int REMOVE = 2;
    public static final int MOVE = 3;

    private final Node root = new Node(0);
    private final List<Object> ops = new ArrayList<>();
    private int nextNode = 1;

    /** Sets property, map entry or list element {@code key} of the container at {@code path}. */
    public void replace(List<Object> path, Object key, Object value) {
        ops.add(Arrays.asList(REPLACE, node(path), key, value));
    }

    /** Inserts into the list at {@code path} at index {@code key}. */
    public void add(List<Object> path, Object key, Object value) {
        ops.add(Arrays.asList(ADD, node(path), key, value));
    }

    /** Removes index or key {@code key} from the container at {@code path}. */
    public void remove(List<Object> path, Object key) {
        ops.add(Arrays.asList(REMOVE, node(path), key));
    }

    /** Moves an item within or between containers. */
    public void move(List<Object> fromPath, Object fromKey, List<Object> toPath, Object toKey) {
        int from = node(fromPath);
        int to = node(toPath);
        ops.add(Arrays.asList(MOVE, from, fromKey, to, toKey));
    }

    public boolean isEmpty() {
        return ops.isEmpty();
    }

    public int size() {
        return ops.size();
    }

    /** The patch as it travels in PatchControl. */
    public List<Object> toWire() {
        List<Object> out = new ArrayList<>(ops.size() + 1);
        out.add(root.toWire());
        out.addAll(ops);
        return out;
    }

    private int node(List<Object> path) {
        Node n = root;
        for (Object part : path) {
            Node child = n.children == null ? null : n.children.get(part);
            if (child == null) {
                child = new Node(nextNode++);
                if (n.children == null) {
                    n.children = new LinkedHashMap<>();
                }
                n.children.put(part, child);
            }
            n = child;
        }
        return n.index;
    }

    private static final class Node {
        final int index;
        Map<Object, Node> children;

        Node(int index) {
            this.index = index;
        }

        List<Object> toWire() {
            List<Object> out = new ArrayList<>(2);
            out.add(index);
            if (children != null) {
                Map<Object, Object> m = new LinkedHashMap<>();
                for (Map.Entry<Object, Node> e : children.entrySet()) {
                    m.put(e.getKey(), e.getValue().toWire());
                }
                out.add(m);
            }
            return out;
        }
    }
}
