package dev.jflet.core.internal.tree;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;
import java.util.Map;

/**
 * Internal: the runtime state of a {@link Control}: identity, place in the tree, sparse property storage and the
 * change log since the client last saw the control. {@code Control} extends it, so a control and its state are one
 * object; {@link Nodes} reads and changes the state.
 *
 * <p>Only the constructor is protected, so nothing of this shows on controls. There are no package-private instance
 * methods either: TeaVM dispatches a method that is not private by its name and signature alone, so a method of that
 * shape in a control of another package would replace it.
 */
public abstract class ControlNode {
    private static int nextId = 3;

    // The layout of flags, from the lowest bit: six flags, the number of stored values (10 bits), and the
    // number of times the parent holds this node, in all its properties together (the remaining 16 bits).
    static final int ISOLATED = 1;
    static final int QUEUED = 2;
    static final int BUILT = 4;
    /** The node left its parent since the client last saw it: {@link #parent} is the parent the client shows. */
    static final int DETACHED = 8;
    /** The client knows this control (see {@link Nodes#mounted}). */
    static final int MOUNTED = 16;
    /**
     * A change in this subtree found no session (the tree it was in then reached no page): it is queued once the
     * subtree is back in a page's tree. Set on the changed node and the nodes above it.
     */
    static final int STRAY = 32;
    private static final int SIZE_SHIFT = 6;
    /** The most stored values a node holds; a control type declares a few dozen properties at most. */
    static final int MAX_SIZE = (1 << 10) - 1;
    private static final int HOLDS_SHIFT = 16;
    /**
     * The most times a parent holds one node (a list may hold a control more than once, and a parent may hold it in
     * more than one property).
     */
    static final int MAX_HOLDS = (1 << (32 - HOLDS_SHIFT)) - 1;

    // Controls are many (10,000 table rows are 50,000 of them), so a control is one object with only what most
    // controls use (9 fields, all here; Control adds none): the type name, properties and hints are one shared
    // reference, the flags and counts share one int, the keys of three values share another, the parent field also
    // keeps the parent the client still shows, which of the parent's properties holds the node is not kept (the
    // holds count all of them), the session is found from the page at the root of the tree, and the change log
    // exists only while there are changes, in the field of the spilled values.
    final int id;
    /**
     * The type name, properties and {@code _internals} hints together: one instance shared by all controls of the
     * type with the same hints (see Internals).
     */
    PropSet props;
    /** The flags, the number of stored values, and the parent's holds (see above). */
    int flags;

    /** The parent, or while DETACHED, the parent this node left since the client last saw the tree. */
    ControlNode parent;

    // Stored (non-default) values, in the order first set. Most controls set up to three properties: their values
    // live in fields, and their properties in keys, as codes of 10 bits from the lowest (order + 1; 0 for none). The
    // rest go to an array of property, value pairs, as an array costs more than its contents: from the fourth value,
    // or from the first whose property has no code, on (see NodeValues).
    int keys;
    Object value0;
    Object value1;
    Object value2;
    /**
     * The array of property, value pairs (see above); while something changed since the client last saw this control,
     * the {@link ChangeLog}, which holds that array until it goes. Read it with {@link #pairs} and {@link #changes}.
     */
    Object more = NodeValues.NONE;

    /**
     * The changes of one control between two updates. It takes the node's {@link #more} field while it exists, and
     * holds the node's array of pairs meanwhile.
     */
    static final class ChangeLog {
        Object[] pairs;
        Prop<?>[] keys = new Prop<?>[2];
        Object[] originals = new Object[2];
        int size;
        // The child lists changed since the client last saw them, and at the same index what each held then.
        List<ControlList<?>> lists;
        List<List<Control>> befores;
        /** The {@code _internals} the client has, kept from their first change since it last saw them. */
        Map<String, Object> internalsBefore;

        boolean isEmpty() {
            return size == 0 && (lists == null || lists.isEmpty()) && internalsBefore == null;
        }
    }

    /**
     * Made only as part of a {@link Control}, which passes its type name, the properties its type declares, and a
     * fixed id or 0 for the next one.
     */
    protected ControlNode(String type, PropSet props, int fixedId) {
        this.props = (props == null ? PropSet.EMPTY : props).forType(type);
        this.id = fixedId > 0 ? fixedId : nextId++;
    }

    /** The array of property, value pairs. */
    static Object[] pairs(ControlNode n) {
        Object more = n.more;
        return more instanceof ChangeLog ? ((ChangeLog) more).pairs : (Object[]) more;
    }

    static void pairs(ControlNode n, Object[] pairs) {
        if (n.more instanceof ChangeLog) {
            ((ChangeLog) n.more).pairs = pairs;
        } else {
            n.more = pairs;
        }
    }

    /** What changed since the client last saw this control, or null when nothing did. */
    static ChangeLog changes(ControlNode n) {
        return n.more instanceof ChangeLog ? (ChangeLog) n.more : null;
    }

    /** The change log, made when there is none. */
    static ChangeLog log(ControlNode n) {
        ChangeLog log = changes(n);
        if (log == null) {
            log = new ChangeLog();
            log.pairs = (Object[]) n.more;
            n.more = log;
        }
        return log;
    }

    /** Drops the change log, if there is one. */
    static void dropLog(ControlNode n) {
        if (n.more instanceof ChangeLog) {
            n.more = ((ChangeLog) n.more).pairs;
        }
    }

    static boolean has(ControlNode n, int flag) {
        return (n.flags & flag) != 0;
    }

    static void flag(ControlNode n, int flag, boolean on) {
        n.flags = on ? n.flags | flag : n.flags & ~flag;
    }

    static int holds(ControlNode n) {
        return n.flags >>> HOLDS_SHIFT;
    }

    static void holds(ControlNode n, int holds) {
        if (holds > MAX_HOLDS) {
            throw new IllegalStateException("a control is held more than " + MAX_HOLDS + " times by its parent");
        }
        n.flags = (n.flags & ((1 << HOLDS_SHIFT) - 1)) | (holds << HOLDS_SHIFT);
    }

    /** The number of stored values. */
    static int size(ControlNode n) {
        return (n.flags >>> SIZE_SHIFT) & MAX_SIZE;
    }

    static void size(ControlNode n, int size) {
        if (size > MAX_SIZE) {
            throw new IllegalStateException("a control stores more than " + MAX_SIZE + " values");
        }
        n.flags = (n.flags & ~(MAX_SIZE << SIZE_SHIFT)) | (size << SIZE_SHIFT);
    }
}
