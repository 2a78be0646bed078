package dev.jflet.core.internal.patch;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.tree.ControlList;
import dev.jflet.core.internal.tree.ControlNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Internal: computes the patch for one {@code update()} from the controls that changed, so its cost
 * grows with the number of changes, not with the size of the tree (DESIGN.md decision 3).
 *
 * <p>Changed controls are visited in tree order. Each contributes replaces for its changed values,
 * in assignment order, then list operations for its changed child lists. A control inside an isolated
 * control other than the root is left for that control's own update (flet-protocol.md §3.5).
 */
public final class TreeDiff {
    /** The outcome of one diff. */
    public static final class Result {
        public final PatchBuilder patch = new PatchBuilder();
        /** Controls sent in full by this patch. */
        public final List<ControlNode> mounted = new ArrayList<>();
        /** Controls that left the tree in this patch (some may have been sent again elsewhere). */
        public final List<Control> removed = new ArrayList<>();
    }

    private TreeDiff() {
    }

    public static Result diff(ControlNode root, Collection<ControlNode> dirty, MountTracker tracker) {
        Result r = new Result();
        ControlSerializer serializer = new ControlSerializer(node -> {
            r.mounted.add(node);
            tracker.mounted(node);
        });
        List<Visit> visits = new ArrayList<>();
        for (ControlNode n : dirty) {
            Visit v = Visit.of(root, n);
            if (v != null) {
                visits.add(v);
            }
        }
        Collections.sort(visits);
        List<Control> added = new ArrayList<>();
        for (Visit v : visits) {
            if (v.node != root) {
                ControlNode.hooks().beforeUpdate(v.node.control());
            }
            if (!v.node.dirty()) {
                continue;
            }
            emit(v.node, v.path, r, serializer, added);
            v.node.clearChanges();
        }
        return r;
    }

    private static void emit(ControlNode n, List<Object> path, Result r, ControlSerializer serializer,
            List<Control> added) {
        for (Prop<?> p : n.changedProps()) {
            Object now = n.get(p);
            Object before = n.originalValue(p);
            if (before instanceof Control) {
                r.removed.add((Control) before);
            }
            Object wire;
            if (p.kind() == Prop.Kind.EVENT) {
                wire = now != null;
            } else {
                wire = now == null ? null : serializer.value(now);
            }
            r.patch.replace(path, p.name(), wire);
        }
        for (ControlList<?> list : n.changedLists()) {
            List<? extends Control> before = list.before();
            String name = list.prop().name();
            if (before.isEmpty() != list.isEmpty()) {
                r.removed.addAll(before);
                r.patch.replace(path, name, serializer.controls(list));
            } else {
                List<Object> listPath = new ArrayList<>(path.size() + 1);
                listPath.addAll(path);
                listPath.add(name);
                ListDiff.diff(before, list, listPath, r.patch, serializer, r.removed, added);
            }
        }
    }

    /** A changed control, its path from the diff root and its position in tree order. */
    private static final class Visit implements Comparable<Visit> {
        final ControlNode node;
        final List<Object> path;
        final int[] order;

        private Visit(ControlNode node, List<Object> path, int[] order) {
            this.node = node;
            this.path = path;
            this.order = order;
        }

        /** Returns the visit, or null if the node is not reached by a diff rooted at {@code root}. */
        static Visit of(ControlNode root, ControlNode node) {
            List<Object> parts = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            ControlNode n = node;
            while (n != root) {
                ControlNode parent = n.parent();
                if (parent == null || (parent != root && parent.isolated())) {
                    return null;
                }
                Prop<?> slot = n.slot();
                if (slot.kind() == Prop.Kind.CONTROLS) {
                    ControlList<?> list = (ControlList<?>) parent.get(slot);
                    int index = list == null ? -1 : list.indexOfIdentity(n.control());
                    if (index < 0) {
                        return null;
                    }
                    parts.add(index);
                    order.add(index);
                } else {
                    order.add(-1);
                }
                parts.add(slot.name());
                order.add(slot.order());
                n = parent;
            }
            Collections.reverse(parts);
            Collections.reverse(order);
            int[] o = new int[order.size()];
            for (int i = 0; i < o.length; i++) {
                o[i] = order.get(i);
            }
            return new Visit(node, parts, o);
        }

        @Override
        public int compareTo(Visit other) {
            int n = Math.min(order.length, other.order.length);
            for (int i = 0; i < n; i++) {
                if (order[i] != other.order[i]) {
                    return Integer.compare(order[i], other.order[i]);
                }
            }
            return Integer.compare(order.length, other.order.length);
        }
    }
}
