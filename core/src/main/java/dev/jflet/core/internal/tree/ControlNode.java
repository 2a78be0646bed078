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
    private static final Prop<?>[] NO_PROPS = new Prop<?>[0];
    private static final Object[] NO_VALUES = new Object[0];
    private static int nextId = 3;

    private final Control control;
    private final int id;
    private final String type;
    private final PropSet props;
    /** Null until the first hint: most controls have none, and 10,000 rows would hold 50,000 empty maps. */
    private Map<String, Object> internals;
    /** The {@code _internals} the client has, kept from their first change since it last saw them. */
    private Map<String, Object> internalsBefore;
    private boolean isolated;

    private ControlNode parent;
    /** The parent this node left since the client last saw the tree; the client still has it there. */
    private ControlNode shownParent;
    private Prop<?> slot;
    private int holds;
    private TreeSession session;
    private boolean queued;

    private boolean built;
    private int diffStamp;

    /** Stored (non-default) values as property, value pairs: one array per control, as controls are many. */
    private Object[] slots = NO_VALUES;
    private int size;

    private Prop<?>[] dirtyKeys = NO_PROPS;
    private Object[] dirtyOriginals = NO_VALUES;
    private int dirtySize;
    private List<ControlList<?>> dirtyLists;

    /** Internal: how the runtime calls a control's protected lifecycle methods. */
    public interface Hooks {
        void build(Control c);

        void beforeUpdate(Control c);

        void didMount(Control c);

        void willUnmount(Control c);

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
        this.type = Objects.requireNonNull(type, "type");
        this.props = props;
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
        return type;
    }

    public PropSet props() {
        return props;
    }

    /** Hints for the client ({@code _internals}), e.g. {@code host_expanded}; change them with {@link #internal}. */
    public Map<String, Object> internals() {
        return internals == null ? Map.of() : Collections.unmodifiableMap(internals);
    }

    /**
     * Sets the {@code _internals} hint {@code name}, or removes it when {@code value} is null; once the client knows
     * the control, the change is sent with the next update, as Flet diffs its {@code _internals} dict.
     */
    public void internal(String name, Object value) {
        Object old = internals == null ? null : internals.get(name);
        if (same(old, value)) {
            return;
        }
        if (internals == null) {
            internals = new LinkedHashMap<>();
        }
        if (session != null && internalsBefore == null) {
            internalsBefore = new LinkedHashMap<>(internals);
            queue();
        }
        if (value == null) {
            internals.remove(name);
        } else {
            internals.put(name, value);
        }
        if (internalsBefore != null && internalsBefore.equals(internals)) {
            internalsBefore = null;
            if (!dirty()) {
                queued = false;
            }
        }
    }

    /** The {@code _internals} as the client last saw them, or null when they have not changed since. */
    public Map<String, Object> internalsBefore() {
        return internalsBefore;
    }

    public boolean isolated() {
        return isolated;
    }

    public void isolated(boolean isolated) {
        this.isolated = isolated;
    }

    public ControlNode parent() {
        return parent;
    }

    /**
     * The parent as the client still shows it: the current parent, or the one this node was taken out of since the
     * last update. Flet's auto-update walks this chain (flet-protocol.md §4.4): a handler that removes its own control
     * still updates the page.
     */
    public ControlNode shownParent() {
        return parent != null ? parent : shownParent;
    }

    /** The parent's property that holds this control. */
    public Prop<?> slot() {
        return slot;
    }

    public TreeSession session() {
        return session;
    }

    /** Whether the client knows this control (it has been sent and not removed since). */
    public boolean mounted() {
        return session != null;
    }

    /** Whether {@code build()} has run. */
    public boolean built() {
        return built;
    }

    public void markBuilt() {
        built = true;
    }

    /** Tags this node as on the path of the diff numbered {@code stamp} (only the diff uses this). */
    public void diffStamp(int stamp) {
        diffStamp = stamp;
    }

    /** Whether {@link #diffStamp(int)} tagged this node for the diff numbered {@code stamp}. */
    public boolean diffStamped(int stamp) {
        return diffStamp == stamp;
    }

    public void mount(TreeSession session) {
        this.session = session;
        clearChanges();
    }

    public void unmount() {
        this.session = null;
        this.shownParent = null;
        clearChanges();
    }

    /** Records that this node holds {@code child} once more (a list may briefly hold it twice). */
    void adopt(ControlNode child, Prop<?> slot) {
        if (child.parent == this && child.slot == slot) {
            child.holds++;
        } else {
            child.parent = this;
            child.shownParent = null;
            child.slot = slot;
            child.holds = 1;
        }
    }

    /** Records that this node holds {@code child} once less; the link goes when it holds it no more. */
    void release(ControlNode child) {
        if (child.parent == this && --child.holds <= 0) {
            if (child.mounted()) {
                child.shownParent = this;
            }
            child.parent = null;
            child.slot = null;
            child.holds = 0;
        }
    }

    // ---- sparse storage ----

    @SuppressWarnings("unchecked")
    public <T> T get(Prop<T> p) {
        int i = indexOf(p);
        return i >= 0 ? (T) slots[2 * i + 1] : p.defaultValue();
    }

    /** Sets a value as the app does: the change is logged and sent with the next update. */
    public <T> void set(Prop<T> p, T value) {
        Object old = get(p);
        if (same(old, value)) {
            return;
        }
        if (session != null) {
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
        int i = indexOf(p);
        if (p.isDefault(value)) {
            if (i >= 0) {
                System.arraycopy(slots, 2 * i + 2, slots, 2 * i, 2 * (size - i - 1));
                size--;
                slots[2 * size] = null;
                slots[2 * size + 1] = null;
            }
        } else if (i >= 0) {
            slots[2 * i + 1] = value;
        } else {
            if (2 * size == slots.length) {
                slots = java.util.Arrays.copyOf(slots, Math.max(6, 4 * size));
            }
            slots[2 * size] = p;
            slots[2 * size + 1] = value;
            size++;
        }
    }

    private int indexOf(Prop<?> p) {
        for (int i = 0; i < size; i++) {
            if (slots[2 * i] == p) {
                return i;
            }
        }
        return -1;
    }

    /** The number of stored (non-default) values. */
    public int storedCount() {
        return size;
    }

    public Prop<?> storedProp(int i) {
        return (Prop<?>) slots[2 * i];
    }

    public Object storedValue(int i) {
        return slots[2 * i + 1];
    }

    /** Values equal for diffing purposes: controls by identity, everything else by equals. */
    public static boolean same(Object a, Object b) {
        if (a instanceof Control || b instanceof Control) {
            return a == b;
        }
        return Objects.equals(a, b);
    }

    // ---- change log ----

    private void logChange(Prop<?> p, Object old, Object value) {
        int d = dirtyIndex(p);
        if (d < 0) {
            if (dirtySize == dirtyKeys.length) {
                int cap = Math.max(2, dirtySize * 2);
                Prop<?>[] k = new Prop<?>[cap];
                Object[] v = new Object[cap];
                System.arraycopy(dirtyKeys, 0, k, 0, dirtySize);
                System.arraycopy(dirtyOriginals, 0, v, 0, dirtySize);
                dirtyKeys = k;
                dirtyOriginals = v;
            }
            dirtyKeys[dirtySize] = p;
            dirtyOriginals[dirtySize] = old;
            dirtySize++;
            queue();
        } else if (same(dirtyOriginals[d], value)) {
            removeDirty(d);
        }
    }

    void listChanged(ControlList<?> list) {
        if (dirtyLists == null) {
            dirtyLists = new ArrayList<>(1);
        }
        dirtyLists.add(list);
        queue();
    }

    private void queue() {
        if (!queued && session != null) {
            queued = true;
            session.markDirty(this);
        }
    }

    private int dirtyIndex(Prop<?> p) {
        for (int i = 0; i < dirtySize; i++) {
            if (dirtyKeys[i] == p) {
                return i;
            }
        }
        return -1;
    }

    private void removeDirty(int d) {
        System.arraycopy(dirtyKeys, d + 1, dirtyKeys, d, dirtySize - d - 1);
        System.arraycopy(dirtyOriginals, d + 1, dirtyOriginals, d, dirtySize - d - 1);
        dirtySize--;
        dirtyKeys[dirtySize] = null;
        dirtyOriginals[dirtySize] = null;
        if (!dirty()) {
            // The session drops clean nodes from its dirty set; the next change must queue this one again.
            queued = false;
        }
    }

    /** Whether the control has changes the client has not seen. */
    public boolean dirty() {
        return dirtySize > 0 || (dirtyLists != null && !dirtyLists.isEmpty()) || internalsBefore != null;
    }

    /** Changed value properties, in the order they were first assigned. */
    public List<Prop<?>> changedProps() {
        List<Prop<?>> out = new ArrayList<>(dirtySize);
        for (int i = 0; i < dirtySize; i++) {
            out.add(dirtyKeys[i]);
        }
        return out;
    }

    /** The value a changed property had when the client last saw it. */
    public Object originalValue(Prop<?> p) {
        int d = dirtyIndex(p);
        return d >= 0 ? dirtyOriginals[d] : get(p);
    }

    /** Changed control lists, in declaration order. */
    public List<ControlList<?>> changedLists() {
        if (dirtyLists == null || dirtyLists.isEmpty()) {
            return Collections.emptyList();
        }
        List<ControlList<?>> out = new ArrayList<>(dirtyLists);
        out.sort((a, b) -> Integer.compare(a.prop().order(), b.prop().order()));
        return out;
    }

    /** Forgets the change log: the client now has this control's current state. */
    public void clearChanges() {
        // The logs are dropped, not emptied: most controls change rarely, and there may be many thousands.
        dirtyKeys = NO_PROPS;
        dirtyOriginals = NO_VALUES;
        dirtySize = 0;
        internalsBefore = null;
        if (dirtyLists != null) {
            for (ControlList<?> l : dirtyLists) {
                l.clearSnapshot();
            }
            dirtyLists = null;
        }
        queued = false;
    }

    /** Control lists that exist on this node (created on first use). */
    public List<ControlList<?>> lists() {
        List<ControlList<?>> out = new ArrayList<>(2);
        for (int i = 0; i < size; i++) {
            if (slots[2 * i + 1] instanceof ControlList) {
                out.add((ControlList<?>) slots[2 * i + 1]);
            }
        }
        return out;
    }

    /** The controls directly inside this one: child values and list items. */
    public List<ControlNode> children() {
        List<ControlNode> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Object v = slots[2 * i + 1];
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
        return type + "(" + id + ")";
    }
}
