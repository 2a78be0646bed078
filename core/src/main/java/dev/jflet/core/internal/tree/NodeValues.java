package dev.jflet.core.internal.tree;

import dev.jflet.core.internal.props.Prop;

import java.util.Arrays;

import static dev.jflet.core.internal.tree.ControlNode.pairs;
import static dev.jflet.core.internal.tree.ControlNode.size;

/**
 * Internal: a node's stored (non-default) values, in the order first set: up to three in fields, their properties
 * as 10-bit codes in {@code keys}, the rest in an array of property, value pairs (see the fields of
 * {@link ControlNode}).
 */
final class NodeValues {
    static final Object[] NONE = new Object[0];
    private static final Integer[] SHARED_INTEGERS = new Integer[256];

    /** How many values live in fields, and the bits of each one's key code in {@code keys}. */
    private static final int INLINE = 3;
    private static final int CODE_BITS = 10;
    /** The largest code: a property whose order + 1 is larger has no code. */
    private static final int MAX_CODE = (1 << CODE_BITS) - 1;

    private NodeValues() {
    }

    /** The index of {@code p}'s value, or -1 when {@code n} stores none. */
    static int indexOf(ControlNode n, Prop<?> p) {
        int inlined = inlined(n);
        int code = code(p);
        for (int i = 0; i < inlined && code != 0; i++) {
            if (code(n, i) == code) {
                return i;
            }
        }
        int size = size(n);
        Object[] more = size > inlined ? pairs(n) : null;
        for (int i = inlined; i < size; i++) {
            if (more[2 * (i - inlined)] == p) {
                return i;
            }
        }
        return -1;
    }

    static Prop<?> keyAt(ControlNode n, int i) {
        int inlined = inlined(n);
        return i < inlined ? Prop.ofOrder(code(n, i) - 1) : (Prop<?>) pairs(n)[2 * (i - inlined)];
    }

    static Object valueAt(ControlNode n, int i) {
        int inlined = inlined(n);
        return i < inlined ? inline(n, i) : pairs(n)[2 * (i - inlined) + 1];
    }

    /** Stores {@code value} for {@code p}, or removes it when it is the default. */
    static void store(ControlNode n, Prop<?> p, Object value) {
        value = shared(value);
        int i = indexOf(n, p);
        int size = size(n);
        int inlined = inlined(n);
        if (p.isDefault(value)) {
            if (i < 0) {
                return;
            }
            if (i < inlined) {
                for (int j = i; j < inlined - 1; j++) {
                    code(n, j, code(n, j + 1));
                    inline(n, j, inline(n, j + 1));
                }
                code(n, inlined - 1, 0);
                inline(n, inlined - 1, null);
            } else {
                removePair(n, i - inlined, size - inlined);
            }
            size(n, size - 1);
            pullInline(n);
        } else if (i >= 0) {
            if (i < inlined) {
                inline(n, i, value);
            } else {
                pairs(n)[2 * (i - inlined) + 1] = value;
            }
        } else {
            size(n, size + 1);
            if (size == inlined && inlined < INLINE && code(p) != 0) {
                code(n, inlined, code(p));
                inline(n, inlined, value);
                return;
            }
            int pairs = size - inlined;
            Object[] more = pairs(n);
            if (2 * (pairs + 1) > more.length) {
                more = Arrays.copyOf(more, Math.max(4, 2 * more.length));
                pairs(n, more);
            }
            more[2 * pairs] = p;
            more[2 * pairs + 1] = value;
        }
    }

    /** Shrinks the storage to what it holds, child lists included. */
    static void trim(ControlNode n) {
        int size = size(n);
        int spilled = 2 * (size - inlined(n));
        Object[] more = pairs(n);
        if (more.length > spilled) {
            pairs(n, spilled == 0 ? NONE : Arrays.copyOf(more, spilled));
        }
        for (int i = 0; i < size; i++) {
            if (valueAt(n, i) instanceof ControlList) {
                ((ControlList<?>) valueAt(n, i)).trim();
            }
        }
    }

    /** The length of the array of pairs, 0 when the node has none. */
    static int spilledLength(ControlNode n) {
        return pairs(n).length;
    }

    /** Moves the first pairs of the array to the fields while there is room and their properties have codes. */
    private static void pullInline(ControlNode n) {
        int inlined = inlined(n);
        int pairs = size(n) - inlined;
        Object[] more = pairs(n);
        while (inlined < INLINE && pairs > 0 && code((Prop<?>) more[0]) != 0) {
            code(n, inlined, code((Prop<?>) more[0]));
            inline(n, inlined, more[1]);
            removePair(n, 0, pairs);
            inlined++;
            pairs--;
        }
    }

    /** Removes pair {@code at} of the {@code pairs} in the array, moving the later ones down. */
    private static void removePair(ControlNode n, int at, int pairs) {
        Object[] more = pairs(n);
        System.arraycopy(more, 2 * (at + 1), more, 2 * at, 2 * (pairs - at - 1));
        more[2 * (pairs - 1)] = null;
        more[2 * (pairs - 1) + 1] = null;
    }

    /** The number of values in fields: the codes in keys, which fill slots from the first. */
    private static int inlined(ControlNode n) {
        int count = 0;
        while (count < INLINE && code(n, count) != 0) {
            count++;
        }
        return count;
    }

    private static int code(ControlNode n, int slot) {
        return (n.keys >>> (CODE_BITS * slot)) & MAX_CODE;
    }

    private static void code(ControlNode n, int slot, int code) {
        int shift = CODE_BITS * slot;
        n.keys = (n.keys & ~(MAX_CODE << shift)) | (code << shift);
    }

    /** The code of {@code p}'s key, or 0 when its order is too large for one. */
    private static int code(Prop<?> p) {
        return p.order() < MAX_CODE ? p.order() + 1 : 0;
    }

    private static Object inline(ControlNode n, int slot) {
        return slot == 0 ? n.value0 : slot == 1 ? n.value1 : n.value2;
    }

    private static void inline(ControlNode n, int slot, Object value) {
        if (slot == 0) {
            n.value0 = value;
        } else if (slot == 1) {
            n.value1 = value;
        } else {
            n.value2 = value;
        }
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
}
