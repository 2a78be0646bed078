package dev.jflet.core.internal.patch;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.tree.ControlList;
import dev.jflet.core.internal.tree.ControlNode;
import dev.jflet.core.internal.tree.Nodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Internal: computes the patch for one {@code update()} from the controls that changed, so its cost
 * grows with the number of changes, not with the size of the tree (DESIGN.md decision 3).
 *
 * <p>The walk visits only the changed controls and their ancestors, depth first, in the order Flet's
 * in-place diff visits them (flet-protocol.md §3.5, {@code DiffBuilder._compare_dataclasses}): a
 * control's changed values in assignment order, then its child lists in declaration order, then its
 * single children. A list item's own changes are emitted when the list scan reaches it, at its live
 * index (a moved item's at its source, before the move). A control inside an isolated control other than
 * the root is left for that control's own update.
 */
public final class TreeDiff {
    /** Lists longer than this (before and after together) that keep no item are replaced whole. */
    static final int WHOLE_LIST_ABOVE = 32;

    /** The outcome of one diff. */
    public static final class Result {
        public final PatchBuilder patch = new PatchBuilder();
        /** Controls sent in full by this patch. */
        public final List<ControlNode> mounted = new ArrayList<>();
        /** Controls that left the tree in this patch (some may have been sent again elsewhere). */
        public final List<Control> removed = new ArrayList<>();
    }

    /** Up to this many changed items, an unchanged list is searched for them rather than scanned. */
    private static final int FEW = 8;

    private final ControlNode root;
    private final Result result = new Result();
    private final ControlSerializer serializer;
    private final List<Control> added = new ArrayList<>();
    /** The changed controls the root reaches, and their ancestors up to the root (the walk's path). */
    private final Set<ControlNode> reached = new HashSet<>();
    private final Set<ControlNode> changed = new HashSet<>();
    /** For each control on the path, its children on the path. */
    private final Map<ControlNode, List<ControlNode>> kids = new HashMap<>();

    private TreeDiff(ControlNode root, MountTracker tracker) {
        this.root = root;
        this.serializer = new ControlSerializer(node -> {
            result.mounted.add(node);
            tracker.mounted(node);
        });
    }

    public static Result diff(ControlNode root, Collection<ControlNode> dirty, MountTracker tracker) {
        TreeDiff d = new TreeDiff(root, tracker);
        for (ControlNode n : dirty) {
            d.mark(n);
        }
        if (!d.changed.isEmpty()) {
            d.visit(root, new ArrayList<>());
        }
        return d.result;
    }

    /** Adds {@code node} and its ancestors to the walk if a diff rooted at {@code root} reaches it. */
    private void mark(ControlNode node) {
        List<ControlNode> chain = new ArrayList<>();
        ControlNode n = node;
        while (n != root && !onPath(n)) {
            chain.add(n);
            ControlNode parent = Nodes.parent(n);
            if (parent == null || (parent != root && Nodes.isolated(parent))) {
                return;
            }
            n = parent;
        }
        for (ControlNode c : chain) {
            reached.add(c);
            kids.computeIfAbsent(Nodes.parent(c), k -> new ArrayList<>(2)).add(c);
        }
        reached.add(root);
        changed.add(node);
    }

    /**
     * Diffs a map-valued property key by key, as Flet does for dicts: removed keys, then added keys,
     * then changed ones (nested maps recursively). Going from or to an empty map replaces the field.
     */
    private void maps(List<Object> path, Map<?, ?> before, Map<?, ?> now) {
        for (Object k : before.keySet()) {
            if (!now.containsKey(k)) {
                result.patch.remove(path, k);
            }
        }
        for (Map.Entry<?, ?> e : now.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                result.patch.add(path, e.getKey(), serializer.value(e.getValue()));
            }
        }
        for (Map.Entry<?, ?> e : now.entrySet()) {
            Object old = before.get(e.getKey());
            Object value = e.getValue();
            if (!before.containsKey(e.getKey()) || Nodes.same(old, value)) {
                continue;
            }
            if (old instanceof Map && value instanceof Map && !((Map<?, ?>) old).isEmpty()
                    && !((Map<?, ?>) value).isEmpty()) {
                maps(join(path, e.getKey()), (Map<?, ?>) old, (Map<?, ?>) value);
            } else {
                result.patch.replace(path, e.getKey(), serializer.value(value));
            }
        }
    }

    private boolean onPath(ControlNode n) {
        return reached.contains(n);
    }

    private void visit(ControlNode n, List<Object> path) {
        if (n != root && changed.contains(n)) {
            Nodes.hooks().beforeUpdate(Nodes.control(n));
        }
        List<Prop<?>> props = Nodes.changedProps(n);
        for (Prop<?> p : props) {
            Object now = Nodes.get(n, p);
            Object before = Nodes.originalValue(n, p);
            if (before instanceof Control) {
                result.removed.add((Control) before);
            }
            if (before instanceof Map && now instanceof Map && !((Map<?, ?>) before).isEmpty()
                    && !((Map<?, ?>) now).isEmpty()) {
                maps(join(path, p.name()), (Map<?, ?>) before, (Map<?, ?>) now);
                continue;
            }
            Object wire;
            if (p.kind() == Prop.Kind.EVENT) {
                wire = now != null;
            } else {
                wire = now == null ? null : serializer.value(now);
            }
            result.patch.replace(path, p.name(), wire);
        }
        Map<String, Object> internalsBefore = Nodes.internalsBefore(n);
        List<Prop<?>> listProps = Nodes.props(n).controlLists();
        List<List<? extends Control>> befores = new ArrayList<>(listProps.size());
        for (Prop<?> lp : listProps) {
            Object value = Nodes.get(n, lp);
            befores.add(value instanceof ControlList ? Nodes.listBefore(n, (ControlList<?>) value) : null);
        }
        // What the client has is now known; changes made from here on go to the next update.
        Nodes.clearChanges(n);

        for (int i = 0; i < listProps.size(); i++) {
            Object value = Nodes.get(n, listProps.get(i));
            if (value instanceof ControlList) {
                lists(n, listProps.get(i).name(), (ControlList<?>) value, befores.get(i), path);
            }
        }
        // Then _internals, a dict field: Flet compares its dicts after its lists.
        if (internalsBefore != null) {
            Map<String, Object> now = Nodes.internals(n);
            if (internalsBefore.isEmpty() != now.isEmpty()) {
                result.patch.replace(path, "_internals", serializer.internals(now));
            } else {
                maps(join(path, "_internals"), internalsBefore, now);
            }
        }
        // Single children come after the lists, in the order they were first set: Flet's __prev_classes.
        for (int i = 0; i < Nodes.storedCount(n); i++) {
            Prop<?> slot = Nodes.storedProp(n, i);
            Object child = Nodes.storedValue(n, i);
            if (child instanceof Control && slot.kind() == Prop.Kind.VALUE && !props.contains(slot)
                    && onPath((Control) child)) {
                visit((Control) child, join(path, slot.name()));
            }
        }
    }

    /**
     * Diffs the child list {@code name} ({@code before} is null when it did not change) and visits its changed items.
     */
    private void lists(ControlNode owner, String name, ControlList<?> list, List<? extends Control> before,
            List<Object> path) {
        List<Object> listPath = join(path, name);
        if (before == null) {
            for (int i : taggedIndices(owner, list)) {
                visit(list.get(i), join(listPath, i));
            }
        } else if (before.isEmpty() != list.isEmpty() || replacedWhole(before, list)) {
            result.removed.addAll(before);
            result.patch.replace(path, name, serializer.controls(list));
        } else {
            ListDiff.diff(before, list, listPath, result.patch, serializer, result.removed, added, (item, index) -> {
                if (onPath(item)) {
                    visit(item, join(listPath, index));
                }
            });
        }
    }

    /**
     * Whether a long list kept none of its items: then one replace of the whole list is sent, as for a list that was
     * or becomes empty, where Flet's scan sends a remove and an add per item. Short lists keep Flet's exact ops.
     */
    private static boolean replacedWhole(List<? extends Control> before, List<? extends Control> after) {
        if (before.size() + after.size() <= WHOLE_LIST_ABOVE) {
            return false;
        }
        Set<Control> kept = new HashSet<>();
        kept.addAll(after);
        for (Control c : before) {
            if (kept.contains(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ascending indices of the items on the path in an unchanged list, without scanning a long list for a few. The
     * owner's children on the path may be in any of its properties: those this list does not hold are skipped.
     */
    private int[] taggedIndices(ControlNode owner, ControlList<?> list) {
        List<ControlNode> tagged = kids.getOrDefault(owner, Collections.emptyList());
        int[] out = new int[tagged.size()];
        int count = 0;
        if (tagged.size() <= FEW) {
            for (ControlNode k : tagged) {
                int i = list.indexOfIdentity(Nodes.control(k));
                if (i >= 0) {
                    out[count++] = i;
                }
            }
            Arrays.sort(out, 0, count);
        } else {
            for (int i = 0; i < list.size() && count < out.length; i++) {
                if (onPath(list.get(i))) {
                    out[count++] = i;
                }
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static List<Object> join(List<Object> path, Object key) {
        List<Object> out = new ArrayList<>(path.size() + 1);
        out.addAll(path);
        out.add(key);
        return out;
    }
}
