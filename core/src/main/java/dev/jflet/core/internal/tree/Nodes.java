package dev.jflet.core.internal.tree;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.jflet.core.internal.tree.ControlNode.BUILT;
import static dev.jflet.core.internal.tree.ControlNode.DETACHED;
import static dev.jflet.core.internal.tree.ControlNode.ISOLATED;
import static dev.jflet.core.internal.tree.ControlNode.MOUNTED;
import static dev.jflet.core.internal.tree.ControlNode.QUEUED;
import static dev.jflet.core.internal.tree.ControlNode.STRAY;
import static dev.jflet.core.internal.tree.ControlNode.changes;
import static dev.jflet.core.internal.tree.ControlNode.dropLog;
import static dev.jflet.core.internal.tree.ControlNode.flag;
import static dev.jflet.core.internal.tree.ControlNode.has;
import static dev.jflet.core.internal.tree.ControlNode.holds;
import static dev.jflet.core.internal.tree.ControlNode.log;
import static dev.jflet.core.internal.tree.ControlNode.size;

/**
 * Internal: what the runtime reads and changes in a control's {@link ControlNode} state: identity, place in the tree,
 * stored values and the change log. Static methods, so that none of it is a member of {@link Control}.
 */
public final class Nodes {
    /** Internal: how the runtime calls a control's protected lifecycle methods. */
    public interface Hooks {
        void build(Control c);

        void beforeUpdate(Control c);

        void didMount(Control c);

        void willUnmount(Control c);

        /** The session of a tree whose root is {@code root}, or null when the root is not a session's page. */
        TreeSession session(Control root);

        boolean beforeEvent(Control c, dev.jflet.core.Event<?> e);
    }

    private static Hooks hooks;

    private Nodes() {
    }

    /** Called once by {@link Control}'s class initializer. */
    public static void installHooks(Hooks h) {
        hooks = h;
    }

    public static Hooks hooks() {
        return hooks;
    }

    /** The control whose state {@code n} is: the same object. */
    public static Control control(ControlNode n) {
        return (Control) n;
    }

    /** The control's {@code _i}. */
    public static int id(ControlNode n) {
        return n.id;
    }

    /** The control's {@code _c}. */
    public static String type(ControlNode n) {
        return n.props.type();
    }

    public static PropSet props(ControlNode n) {
        return n.props;
    }

    /** Hints for the client ({@code _internals}), e.g. {@code host_expanded}; change them with {@link #internal}. */
    public static Map<String, Object> internals(ControlNode n) {
        return n.props.internals();
    }

    /**
     * Sets the {@code _internals} hint {@code name}, or removes it when {@code value} is null; once the client knows
     * the control, the change is sent with the next update, as Flet diffs its {@code _internals} dict.
     */
    public static void internal(ControlNode n, String name, Object value) {
        Map<String, Object> current = internals(n);
        if (same(current.get(name), value)) {
            return;
        }
        if (mounted(n) && (changes(n) == null || changes(n).internalsBefore == null)) {
            // The maps are immutable, so the one the client has can be kept as it is.
            log(n).internalsBefore = current;
            queue(n);
        }
        Map<String, Object> next = new LinkedHashMap<>(current);
        if (value == null) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        n.props = Internals.shared(n.props, next);
        ControlNode.ChangeLog log = changes(n);
        if (log != null && log.internalsBefore != null && log.internalsBefore.equals(internals(n))) {
            log.internalsBefore = null;
            settle(n);
        }
    }

    /** The {@code _internals} as the client last saw them, or null when they have not changed since. */
    public static Map<String, Object> internalsBefore(ControlNode n) {
        ControlNode.ChangeLog log = changes(n);
        return log == null ? null : log.internalsBefore;
    }

    public static boolean isolated(ControlNode n) {
        return has(n, ISOLATED);
    }

    public static void isolated(ControlNode n, boolean isolated) {
        flag(n, ISOLATED, isolated);
    }

    public static ControlNode parent(ControlNode n) {
        return has(n, DETACHED) ? null : n.parent;
    }

    /**
     * The parent as the client still shows it: the current parent, or the one this node was taken out of since the
     * last update. Flet's auto-update walks this chain (flet-protocol.md §4.4): a handler that removes its own control
     * still updates the page.
     */
    public static ControlNode shownParent(ControlNode n) {
        return n.parent;
    }

    /**
     * The session of a mounted control: that of the page its tree, as the client shows it, reaches; null when it
     * reaches none or the control is not mounted.
     */
    public static TreeSession session(ControlNode n) {
        return mounted(n) ? treeSession(n) : null;
    }

    /** The session of the page at the root of the tree the client shows this node in, or null. */
    private static TreeSession treeSession(ControlNode n) {
        ControlNode root = n;
        while (root.parent != null) {
            root = root.parent;
        }
        return hooks.session(control(root));
    }

    /** Whether the client knows this control (it has been sent and not removed since). */
    public static boolean mounted(ControlNode n) {
        return has(n, MOUNTED);
    }

    /** Whether {@code build()} has run. */
    public static boolean built(ControlNode n) {
        return has(n, BUILT);
    }

    public static void markBuilt(ControlNode n) {
        flag(n, BUILT, true);
    }

    /** Records that the client now knows this control as it is. */
    public static void mount(ControlNode n) {
        flag(n, MOUNTED, true);
        clearChanges(n);
        // A mounted control usually lives long and changes little: its storage shrinks to what it holds.
        NodeValues.trim(n);
    }

    public static void unmount(ControlNode n) {
        flag(n, MOUNTED, false);
        if (has(n, DETACHED)) {
            flag(n, DETACHED, false);
            n.parent = null;
        }
        clearChanges(n);
    }

    /**
     * Records that {@code n} holds {@code child} once more: a list may hold it twice, or a list and a property of the
     * same parent.
     */
    static void adopt(ControlNode n, ControlNode child) {
        if (parent(child) == n) {
            holds(child, holds(child) + 1);
        } else {
            child.parent = n;
            flag(child, DETACHED, false);
            holds(child, 1);
            if (has(child, STRAY)) {
                queueStrays(child);
            }
        }
    }

    /** Records that {@code n} holds {@code child} once less; the link goes when it holds it no more. */
    static void release(ControlNode n, ControlNode child) {
        if (parent(child) == n) {
            int holds = holds(child) - 1;
            holds(child, Math.max(holds, 0));
            if (holds <= 0) {
                // The client still shows a mounted child here until the next update.
                if (mounted(child)) {
                    flag(child, DETACHED, true);
                } else {
                    child.parent = null;
                }
            }
        }
    }

    // ---- stored values ----

    @SuppressWarnings("unchecked")
    public static <T> T get(ControlNode n, Prop<T> p) {
        int i = NodeValues.indexOf(n, p);
        return i >= 0 ? (T) NodeValues.valueAt(n, i) : p.defaultValue();
    }

    /** Sets a value as the app does: the change is logged and sent with the next update. */
    public static <T> void set(ControlNode n, Prop<T> p, T value) {
        Object old = get(n, p);
        if (same(old, value)) {
            return;
        }
        if (mounted(n)) {
            logChange(n, p, old, value);
        }
        NodeValues.store(n, p, value);
        relink(n, old, value);
    }

    /** Sets a value the client reported; it is not echoed back (flet-protocol.md §3.8). */
    public static <T> void setFromClient(ControlNode n, Prop<T> p, T value) {
        Object old = get(n, p);
        int d = dirtyIndex(n, p);
        if (d >= 0) {
            removeDirty(n, d);
        }
        NodeValues.store(n, p, value);
        relink(n, old, value);
    }

    private static void relink(ControlNode n, Object old, Object value) {
        if (old instanceof Control) {
            release(n, (Control) old);
        }
        if (value instanceof Control) {
            adopt(n, (Control) value);
        }
    }

    /** The number of stored (non-default) values. */
    public static int storedCount(ControlNode n) {
        return size(n);
    }

    public static Prop<?> storedProp(ControlNode n, int i) {
        return NodeValues.keyAt(n, i);
    }

    public static Object storedValue(ControlNode n, int i) {
        return NodeValues.valueAt(n, i);
    }

    /** Values equal for diffing purposes: controls by identity, everything else by equals. */
    public static boolean same(Object a, Object b) {
        if (a instanceof Control || b instanceof Control) {
            return a == b;
        }
        return Objects.equals(a, b);
    }

    // ---- change log ----

    private static void logChange(ControlNode n, Prop<?> p, Object old, Object value) {
        int d = dirtyIndex(n, p);
        if (d < 0) {
            ControlNode.ChangeLog log = log(n);
            if (log.size == log.keys.length) {
                log.keys = Arrays.copyOf(log.keys, 2 * log.size);
                log.originals = Arrays.copyOf(log.originals, 2 * log.size);
            }
            log.keys[log.size] = p;
            log.originals[log.size] = old;
            log.size++;
            queue(n);
        } else if (same(changes(n).originals[d], value)) {
            removeDirty(n, d);
        }
    }

    /**
     * Records, before {@code list} of the mounted {@code n} changes, what it holds, unless it changed already since
     * the client last saw it.
     */
    static void listChanging(ControlNode n, ControlList<?> list) {
        if (changedListIndex(n, list) >= 0) {
            return;
        }
        ControlNode.ChangeLog log = log(n);
        if (log.lists == null) {
            log.lists = new ArrayList<>(1);
            log.befores = new ArrayList<>(1);
        }
        log.lists.add(list);
        log.befores.add(new ArrayList<>(list));
        queue(n);
    }

    /** The index of {@code list} among the lists of {@code n} that changed since the client last saw them, or -1. */
    private static int changedListIndex(ControlNode n, ControlList<?> list) {
        ControlNode.ChangeLog log = changes(n);
        if (log != null && log.lists != null) {
            for (int i = 0; i < log.lists.size(); i++) {
                if (log.lists.get(i) == list) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static void queue(ControlNode n) {
        if (!has(n, QUEUED) && mounted(n)) {
            TreeSession session = treeSession(n);
            if (session == null) {
                markStray(n);
                return;
            }
            flag(n, QUEUED, true);
            session.markDirty(n);
        }
    }

    private static void markStray(ControlNode node) {
        for (ControlNode n = node; n != null; n = n.parent) {
            flag(n, STRAY, true);
        }
    }

    /** Queues the changes that found no session in this subtree, now that it has a new place. */
    private static void queueStrays(ControlNode node) {
        if (treeSession(node) == null) {
            markStray(node);
            return;
        }
        List<ControlNode> stack = new ArrayList<>();
        stack.add(node);
        while (!stack.isEmpty()) {
            ControlNode n = stack.remove(stack.size() - 1);
            flag(n, STRAY, false);
            if (changes(n) != null) {
                queue(n);
            }
            for (ControlNode c : children(n)) {
                if (has(c, STRAY)) {
                    stack.add(c);
                }
            }
        }
    }

    private static int dirtyIndex(ControlNode n, Prop<?> p) {
        ControlNode.ChangeLog log = changes(n);
        if (log != null) {
            for (int i = 0; i < log.size; i++) {
                if (log.keys[i] == p) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static void removeDirty(ControlNode n, int d) {
        ControlNode.ChangeLog log = changes(n);
        System.arraycopy(log.keys, d + 1, log.keys, d, log.size - d - 1);
        System.arraycopy(log.originals, d + 1, log.originals, d, log.size - d - 1);
        log.size--;
        log.keys[log.size] = null;
        log.originals[log.size] = null;
        settle(n);
    }

    /** Drops an emptied change log; the session drops clean nodes, so the next change must queue this one again. */
    private static void settle(ControlNode n) {
        ControlNode.ChangeLog log = changes(n);
        if (log != null && log.isEmpty()) {
            dropLog(n);
            flag(n, QUEUED, false);
        }
    }

    /** Whether the control has changes the client has not seen. */
    public static boolean dirty(ControlNode n) {
        ControlNode.ChangeLog log = changes(n);
        return log != null && !log.isEmpty();
    }

    /** Changed value properties, in the order they were first assigned. */
    public static List<Prop<?>> changedProps(ControlNode n) {
        ControlNode.ChangeLog log = changes(n);
        int count = log == null ? 0 : log.size;
        List<Prop<?>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(log.keys[i]);
        }
        return out;
    }

    /** The value a changed property had when the client last saw it. */
    public static Object originalValue(ControlNode n, Prop<?> p) {
        int d = dirtyIndex(n, p);
        return d >= 0 ? changes(n).originals[d] : get(n, p);
    }

    /**
     * The items of {@code list}, a child list of {@code n}, as the client last saw them, or null when the list did not
     * change since.
     */
    public static List<Control> listBefore(ControlNode n, ControlList<?> list) {
        int i = changedListIndex(n, list);
        return i >= 0 ? changes(n).befores.get(i) : null;
    }

    /** Forgets the change log: the client now has this control's current state. */
    public static void clearChanges(ControlNode n) {
        dropLog(n);
        flag(n, QUEUED, false);
    }

    /** Control lists that exist on this node (created on first use). */
    public static List<ControlList<?>> lists(ControlNode n) {
        List<ControlList<?>> out = new ArrayList<>(2);
        int size = size(n);
        for (int i = 0; i < size; i++) {
            Object v = NodeValues.valueAt(n, i);
            if (v instanceof ControlList) {
                out.add((ControlList<?>) v);
            }
        }
        return out;
    }

    /** The controls directly inside this one: child values and list items. */
    public static List<ControlNode> children(ControlNode n) {
        List<ControlNode> out = new ArrayList<>();
        int size = size(n);
        for (int i = 0; i < size; i++) {
            Object v = NodeValues.valueAt(n, i);
            if (v instanceof Control) {
                out.add((Control) v);
            } else if (v instanceof ControlList) {
                for (Control c : (ControlList<?>) v) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
