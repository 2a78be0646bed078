package dev.jflet.core.internal.tree;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Internal: the runtime state behind a {@link Control}: identity, place in the tree, sparse property
 * storage and the change log since the client last saw the control.
 */
public final class ControlNode {
    private static final Object[] NO_VALUES = new Object[0];
    private static final Integer[] SHARED_INTEGERS = new Integer[256];
    private static int nextId = 3;

    // The layout of flags, from the lowest bit: six flags, the number of stored values (10 bits), and the
    // number of times the parent holds this node (the remaining 16 bits).
    private static final int ISOLATED = 1;
    private static final int QUEUED = 2;
    private static final int BUILT = 4;
    /** The node left its parent since the client last saw it: {@link #parent} is the parent the client shows. */
    private static final int DETACHED = 8;
    /** The client knows this control (see {@link #mounted()}). */
    private static final int MOUNTED = 16;
    /**
     * A change in this subtree found no session (the tree it was in then reached no page): it is queued once the
     * subtree is back in a page's tree. Set on the changed node and the nodes above it.
     */
    private static final int STRAY = 32;
    private static final int SIZE_SHIFT = 6;
    /** The most stored values a node holds; a control type declares a few dozen properties at most. */
    static final int MAX_SIZE = (1 << 10) - 1;
    private static final int HOLDS_SHIFT = 16;
    /** The most times a parent holds one node (a list may hold a control more than once). */
    static final int MAX_HOLDS = (1 << (32 - HOLDS_SHIFT)) - 1;

    /** How many values live in fields, and the bits of each one's key code in {@link #keys}. */
    private static final int INLINE = 3;
    private static final int CODE_BITS = 10;
    /** The largest code: a property whose order + 1 is larger has no code. */
    private static final int MAX_CODE = (1 << CODE_BITS) - 1;

    // Controls are many (10,000 table rows are 50,000 of them), so a node keeps only what most controls use (12
    // fields): the type name, properties and hints are one shared reference, the flags and counts share one int, the
    // keys of three values share another, the parent field also keeps the parent the client still shows, the session
    // is found from the page at the root of the tree, and the change log exists only while there are changes.
    private final Control control;
    private final int id;
    /**
     * The type name, properties and {@code _internals} hints together: one instance shared by all controls of the
     * type with the same hints (see Internals).
     */
    private PropSet props;
    /** The flags, the number of stored values, and the parent's holds (see above). */
    private int flags;

    /** The parent, or while DETACHED, the parent this node left since the client last saw the tree. */
    private ControlNode parent;
    private Prop<?> slot;

    // Stored (non-default) values, in the order first set. Most controls set up to three properties: their values
    // live in fields, and their properties in keys, as codes of 10 bits from the lowest (order + 1; 0 for none). The
    // rest go to an array of property, value pairs, as an array costs more than its contents: from the fourth value,
    // or from the first whose property has no code, on.
    private int keys;
    private Object value0;
    private Object value1;
    private Object value2;
    private Object[] more = NO_VALUES;

    /** What changed since the client last saw this control, or null when nothing did. */
    private ChangeLog changes;

    /** The changes of one control between two updates. */
    private static final class ChangeLog {
        Prop<?>[] keys = new Prop<?>[2];
        Object[] originals = new Object[2];
        int size;
        List<ControlList<?>> lists;
        /** The {@code _internals} the client has, kept from their first change since it last saw them. */
        Map<String, Object> internalsBefore;

        boolean isEmpty() {
            return size == 0 && (lists == null || lists.isEmpty()) && internalsBefore == null;
        }
    }

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

    /** Called once by {@link Control}'s class initializer. */
    public static void installHooks(Hooks h) {
        hooks = h;
    }

    public static Hooks hooks() {
        return hooks;
    }

    public ControlNode(Control control, String type, PropSet props, int fixedId) {
        this.control = control;
        this.props = (props == null ? PropSet.EMPTY : props).forType(type);
        this.id = fixedId > 0 ? fixedId : nextId++;
    }

    public Control control() {
        return control;
    }

    /** The control's {@code _i}. */
    public int id() {
        return id;
    }

    /** The control's {@code _c}. */
    public String type() {
        return props.type();
    }

    public PropSet props() {
        return props;
    }

    /** Hints for the client ({@code _internals}), e.g. {@code host_expanded}; change them with {@link #internal}. */
    public Map<String, Object> internals() {
        return props.internals();
    }

    /**
     * Sets the {@code _internals} hint {@code name}, or removes it when {@code value} is null; once the client knows
     * the control, the change is sent with the next update, as Flet diffs its {@code _internals} dict.
     */
    public void internal(String name, Object value) {
        Map<String, Object> current = internals();
        if (same(current.get(name), value)) {
            return;
        }
        if (mounted() && (changes == null || changes.internalsBefore == null)) {
            // The maps are immutable, so the one the client has can be kept as it is.
            log().internalsBefore = current;
            queue();
        }
        Map<String, Object> next = new LinkedHashMap<>(current);
        if (value == null) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        props = Internals.shared(props, next);
        if (changes != null && changes.internalsBefore != null && changes.internalsBefore.equals(internals())) {
            changes.internalsBefore = null;
            settle();
        }
    }

    /** The {@code _internals} as the client last saw them, or null when they have not changed since. */
    public Map<String, Object> internalsBefore() {
        return changes == null ? null : changes.internalsBefore;
    }

    public boolean isolated() {
        return (flags & ISOLATED) != 0;
    }

    public void isolated(boolean isolated) {
        flag(ISOLATED, isolated);
    }

    private void flag(int bit, boolean on) {
        flags = on ? flags | bit : flags & ~bit;
    }

    private int holds() {
        return flags >>> HOLDS_SHIFT;
    }

    private void holds(int holds) {
        if (holds > MAX_HOLDS) {
            throw new IllegalStateException("a control is held more than " + MAX_HOLDS + " times by its parent");
        }
        flags = (flags & ((1 << HOLDS_SHIFT) - 1)) | (holds << HOLDS_SHIFT);
    }

    /** The number of stored values. */
    private int size() {
        return (flags >>> SIZE_SHIFT) & MAX_SIZE;
    }

    private void size(int size) {
        if (size > MAX_SIZE) {
            throw new IllegalStateException("a control stores more than " + MAX_SIZE + " values");
        }
        flags = (flags & ~(MAX_SIZE << SIZE_SHIFT)) | (size << SIZE_SHIFT);
    }

    public ControlNode parent() {
        return (flags & DETACHED) != 0 ? null : parent;
    }

    /**
     * The parent as the client still shows it: the current parent, or the one this node was taken out of since the
     * last update. Flet's auto-update walks this chain (flet-protocol.md §4.4): a handler that removes its own control
     * still updates the page.
     */
    public ControlNode shownParent() {
        return parent;
    }

    /** The parent's property that holds this control. */
    public Prop<?> slot() {
        return slot;
    }

    /**
     * The session of a mounted control: that of the page its tree, as the client shows it, reaches; null when it
     * reaches none or the control is not mounted.
     */
    public TreeSession session() {
        return mounted() ? treeSession() : null;
    }

    /** The session of the page at the root of the tree the client shows this node in, or null. */
    private TreeSession treeSession() {
        ControlNode root = this;
        while (root.parent != null) {
            root = root.parent;
        }
        return hooks.session(root.control());
    }

    /** Whether the client knows this control (it has been sent and not removed since). */
    public boolean mounted() {
        return (flags & MOUNTED) != 0;
    }

    /** Whether {@code build()} has run. */
    public boolean built() {
        return (flags & BUILT) != 0;
    }

    public void markBuilt() {
        flag(BUILT, true);
    }

    /** Records that the client now knows this control as it is. */
    public void mount() {
        flag(MOUNTED, true);
        clearChanges();
        // A mounted control usually lives long and changes little: its storage shrinks to what it holds.
        int size = size();
        int spilled = 2 * (size - inlined());
        if (more.length > spilled) {
            more = spilled == 0 ? NO_VALUES : java.util.Arrays.copyOf(more, spilled);
        }
        for (int i = 0; i < size; i++) {
            if (valueAt(i) instanceof ControlList) {
                ((ControlList<?>) valueAt(i)).trim();
            }
        }
    }

    public void unmount() {
        flag(MOUNTED, false);
        if ((flags & DETACHED) != 0) {
            flag(DETACHED, false);
            parent = null;
        }
        clearChanges();
    }

    /** Records that this node holds {@code child} once more (a list may briefly hold it twice). */
    void adopt(ControlNode child, Prop<?> slot) {
        if (child.parent() == this && child.slot == slot) {
            child.holds(child.holds() + 1);
        } else {
            child.parent = this;
            child.flag(DETACHED, false);
            child.slot = slot;
            child.holds(1);
            if ((child.flags & STRAY) != 0) {
                child.queueStrays();
            }
        }
    }

    /** Records that this node holds {@code child} once less; the link goes when it holds it no more. */
    void release(ControlNode child) {
        if (child.parent() == this) {
            int holds = child.holds() - 1;
            child.holds(Math.max(holds, 0));
            if (holds <= 0) {
                // The client still shows a mounted child here until the next update.
                if (child.mounted()) {
                    child.flag(DETACHED, true);
                } else {
                    child.parent = null;
                }
                child.slot = null;
            }
        }
    }

    // ---- sparse storage ----

    @SuppressWarnings("unchecked")
    public <T> T get(Prop<T> p) {
        int i = indexOf(p);
        return i >= 0 ? (T) valueAt(i) : p.defaultValue();
    }

    /** Sets a value as the app does: the change is logged and sent with the next update. */
    public <T> void set(Prop<T> p, T value) {
        Object old = get(p);
        if (same(old, value)) {
            return;
        }
        if (mounted()) {
            logChange(p, old, value);
        }
        store(p, value);
        relink(p, old, value);
    }

    /** Sets a value the client reported; it is not echoed back (flet-protocol.md §3.8). */
    public <T> void setFromClient(Prop<T> p, T value) {
        Object old = get(p);
        int d = dirtyIndex(p);
        if (d >= 0) {
            removeDirty(d);
        }
        store(p, value);
        relink(p, old, value);
    }

    private void relink(Prop<?> p, Object old, Object value) {
        if (old instanceof Control) {
            release(((Control) old).node());
        }
        if (value instanceof Control) {
            adopt(((Control) value).node(), p);
        }
    }

    private void store(Prop<?> p, Object value) {
        value = shared(value);
        int i = indexOf(p);
        int size = size();
        int inlined = inlined();
        if (p.isDefault(value)) {
            if (i < 0) {
                return;
            }
            if (i < inlined) {
                for (int j = i; j < inlined - 1; j++) {
                    code(j, code(j + 1));
                    inline(j, inline(j + 1));
                }
                code(inlined - 1, 0);
                inline(inlined - 1, null);
            } else {
                removePair(i - inlined, size - inlined);
            }
            size(size - 1);
            pullInline();
        } else if (i >= 0) {
            if (i < inlined) {
                inline(i, value);
            } else {
                more[2 * (i - inlined) + 1] = value;
            }
        } else {
            size(size + 1);
            if (size == inlined && inlined < INLINE && code(p) != 0) {
                code(inlined, code(p));
                inline(inlined, value);
                return;
            }
            int pairs = size - inlined;
            if (2 * (pairs + 1) > more.length) {
                more = java.util.Arrays.copyOf(more, Math.max(4, 2 * more.length));
            }
            more[2 * pairs] = p;
            more[2 * pairs + 1] = value;
        }
    }

    /** Moves the first pairs of the array to the fields while there is room and their properties have codes. */
    private void pullInline() {
        int inlined = inlined();
        int pairs = size() - inlined;
        while (inlined < INLINE && pairs > 0 && code((Prop<?>) more[0]) != 0) {
            code(inlined, code((Prop<?>) more[0]));
            inline(inlined, more[1]);
            removePair(0, pairs);
            inlined++;
            pairs--;
        }
    }

    /** Removes pair {@code at} of the {@code pairs} in the array, moving the later ones down. */
    private void removePair(int at, int pairs) {
        System.arraycopy(more, 2 * (at + 1), more, 2 * at, 2 * (pairs - at - 1));
        more[2 * (pairs - 1)] = null;
        more[2 * (pairs - 1) + 1] = null;
    }

    /** The number of values in fields: the codes in keys, which fill slots from the first. */
    private int inlined() {
        int n = 0;
        while (n < INLINE && code(n) != 0) {
            n++;
        }
        return n;
    }

    private int code(int slot) {
        return (keys >>> (CODE_BITS * slot)) & MAX_CODE;
    }

    private void code(int slot, int code) {
        int shift = CODE_BITS * slot;
        keys = (keys & ~(MAX_CODE << shift)) | (code << shift);
    }

    /** The code of {@code p}'s key, or 0 when its order is too large for one. */
    private static int code(Prop<?> p) {
        return p.order() < MAX_CODE ? p.order() + 1 : 0;
    }

    private Object inline(int slot) {
        return slot == 0 ? value0 : slot == 1 ? value1 : value2;
    }

    private void inline(int slot, Object value) {
        if (slot == 0) {
            value0 = value;
        } else if (slot == 1) {
            value1 = value;
        } else {
            value2 = value;
        }
    }

    private Prop<?> keyAt(int i) {
        int inlined = inlined();
        return i < inlined ? Prop.ofOrder(code(i) - 1) : (Prop<?>) more[2 * (i - inlined)];
    }

    private Object valueAt(int i) {
        int inlined = inlined();
        return i < inlined ? inline(i) : more[2 * (i - inlined) + 1];
    }

    /** The length of the array of pairs, 0 when the node has none. */
    int spilledLength() {
        return more.length;
    }

    /**
     * An equal Integer already stored by some control, when the small direct-mapped cache has it: icon codes are
     * boxed anew for each control (Java caches only -128 to 127), and a table has an icon button per row.
     */
    private static Object shared(Object value) {
        if (value instanceof Integer) {
            int v = (Integer) value;
            int at = (v ^ (v >>> 8) ^ (v >>> 16)) & (SHARED_INTEGERS.length - 1);
            Integer known = SHARED_INTEGERS[at];
            if (known != null && known == v) {
                return known;
            }
            SHARED_INTEGERS[at] = (Integer) value;
        }
        return value;
    }

    private int indexOf(Prop<?> p) {
        int inlined = inlined();
        int code = code(p);
        for (int i = 0; i < inlined && code != 0; i++) {
            if (code(i) == code) {
                return i;
            }
        }
        int size = size();
        for (int i = inlined; i < size; i++) {
            if (more[2 * (i - inlined)] == p) {
                return i;
            }
        }
        return -1;
    }

    /** The number of stored (non-default) values. */
    public int storedCount() {
        return size();
    }

    public Prop<?> storedProp(int i) {
        return keyAt(i);
    }

    public Object storedValue(int i) {
        return valueAt(i);
    }

    /** Values equal for diffing purposes: controls by identity, everything else by equals. */
    public static boolean same(Object a, Object b) {
        if (a instanceof Control || b instanceof Control) {
            return a == b;
        }
        return Objects.equals(a, b);
    }

    // ---- change log ----

    private ChangeLog log() {
        if (changes == null) {
            changes = new ChangeLog();
        }
        return changes;
    }

    private void logChange(Prop<?> p, Object old, Object value) {
        int d = dirtyIndex(p);
        if (d < 0) {
            ChangeLog log = log();
            if (log.size == log.keys.length) {
                log.keys = java.util.Arrays.copyOf(log.keys, 2 * log.size);
                log.originals = java.util.Arrays.copyOf(log.originals, 2 * log.size);
            }
            log.keys[log.size] = p;
            log.originals[log.size] = old;
            log.size++;
            queue();
        } else if (same(changes.originals[d], value)) {
            removeDirty(d);
        }
    }

    void listChanged(ControlList<?> list) {
        ChangeLog log = log();
        if (log.lists == null) {
            log.lists = new ArrayList<>(1);
        }
        log.lists.add(list);
        queue();
    }

    private void queue() {
        if ((flags & QUEUED) == 0 && mounted()) {
            TreeSession session = treeSession();
            if (session == null) {
                markStray();
                return;
            }
            flag(QUEUED, true);
            session.markDirty(this);
        }
    }

    private void markStray() {
        for (ControlNode n = this; n != null; n = n.parent) {
            n.flag(STRAY, true);
        }
    }

    /** Queues the changes that found no session in this subtree, now that it has a new place. */
    private void queueStrays() {
        if (treeSession() == null) {
            markStray();
            return;
        }
        List<ControlNode> stack = new ArrayList<>();
        stack.add(this);
        while (!stack.isEmpty()) {
            ControlNode n = stack.remove(stack.size() - 1);
            n.flag(STRAY, false);
            if (n.changes != null) {
                n.queue();
            }
            for (ControlNode c : n.children()) {
                if ((c.flags & STRAY) != 0) {
                    stack.add(c);
                }
            }
        }
    }

    private int dirtyIndex(Prop<?> p) {
        if (changes != null) {
            for (int i = 0; i < changes.size; i++) {
                if (changes.keys[i] == p) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void removeDirty(int d) {
        ChangeLog log = changes;
        System.arraycopy(log.keys, d + 1, log.keys, d, log.size - d - 1);
        System.arraycopy(log.originals, d + 1, log.originals, d, log.size - d - 1);
        log.size--;
        log.keys[log.size] = null;
        log.originals[log.size] = null;
        settle();
    }

    /** Drops an emptied change log; the session drops clean nodes, so the next change must queue this one again. */
    private void settle() {
        if (changes != null && changes.isEmpty()) {
            changes = null;
            flag(QUEUED, false);
        }
    }

    /** Whether the control has changes the client has not seen. */
    public boolean dirty() {
        return changes != null && !changes.isEmpty();
    }

    /** Changed value properties, in the order they were first assigned. */
    public List<Prop<?>> changedProps() {
        int count = changes == null ? 0 : changes.size;
        List<Prop<?>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(changes.keys[i]);
        }
        return out;
    }

    /** The value a changed property had when the client last saw it. */
    public Object originalValue(Prop<?> p) {
        int d = dirtyIndex(p);
        return d >= 0 ? changes.originals[d] : get(p);
    }

    /** Changed control lists, in declaration order. */
    public List<ControlList<?>> changedLists() {
        if (changes == null || changes.lists == null || changes.lists.isEmpty()) {
            return Collections.emptyList();
        }
        List<ControlList<?>> out = new ArrayList<>(changes.lists);
        out.sort((a, b) -> Integer.compare(a.prop().order(), b.prop().order()));
        return out;
    }

    /** Forgets the change log: the client now has this control's current state. */
    public void clearChanges() {
        if (changes != null && changes.lists != null) {
            for (ControlList<?> l : changes.lists) {
                l.clearSnapshot();
            }
        }
        changes = null;
        flag(QUEUED, false);
    }

    /** Control lists that exist on this node (created on first use). */
    public List<ControlList<?>> lists() {
        List<ControlList<?>> out = new ArrayList<>(2);
        int size = size();
        for (int i = 0; i < size; i++) {
            if (valueAt(i) instanceof ControlList) {
                out.add((ControlList<?>) valueAt(i));
            }
        }
        return out;
    }

    /** The controls directly inside this one: child values and list items. */
    public List<ControlNode> children() {
        List<ControlNode> out = new ArrayList<>();
        int size = size();
        for (int i = 0; i < size; i++) {
            Object v = valueAt(i);
            if (v instanceof Control) {
                out.add(((Control) v).node());
            } else if (v instanceof ControlList) {
                for (Control c : (ControlList<?>) v) {
                    out.add(c.node());
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return type() + "(" + id + ")";
    }

    /** Identity, as {@link Control#equals}. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    /** The id, as {@link Control#hashCode}: an identity hash would add a field to every node in the JS build. */
    @Override
    public int hashCode() {
        return id;
    }
}
