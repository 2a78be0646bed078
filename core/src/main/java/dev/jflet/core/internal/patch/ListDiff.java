package dev.jflet.core.internal.patch;

import dev.jflet.core.Control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Internal: the operations that turn the list the client has into the current one. Items are matched
 * by identity, so surviving controls keep their {@code _i} and the client keeps their DOM state.
 *
 * <p>The scan follows Flet's (flet-protocol.md §3.5): walk the target order, remove items that are
 * gone, move items found later, add new ones; a remove followed by an add at the same index becomes
 * one replace. Flet's scan moves every item between two swapped ones (a swap in 1,000 rows is 997
 * moves); when it would move many more items than needed ({@link #EXTRA_MOVES_ALLOWED}), the fewest
 * moves are sent instead: the items outside the longest run that kept its order, which §3.5 allows
 * (any valid op sequence).
 */
public final class ListDiff {
    private ListDiff() {
    }

    /** Told about each item that stays in the list, where its own changes must be emitted. */
    public interface Survivors {
        /**
         * Called in scan order; {@code index} is the item's live index: its place before a move (Flet emits
         * a moved item's changes at its source, then the move), or its place when it stays put.
         */
        void visit(Control item, int index);
    }

    static final int KEEP = -1;
    /**
     * How many more moves than needed Flet's own sequence may take before the fewest are sent instead. Small
     * reorders then produce Flet's exact frames (the conformance transcripts pin them); large ones stay cheap.
     */
    static final int EXTRA_MOVES_ALLOWED = 16;

    /** One list operation, before encoding. */
    static final class Op {
        final int type;
        final int index;
        final int from;
        final Control item;
        /** For a move: whether the item's own changes go at its source index, before the move (Flet's order). */
        final boolean visitAtSource;

        Op(int type, int index, int from, Control item) {
            this(type, index, from, item, true);
        }

        Op(int type, int index, int from, Control item, boolean visitAtSource) {
            this.type = type;
            this.index = index;
            this.from = from;
            this.item = item;
            this.visitAtSource = visitAtSource;
        }
    }

    /**
     * Emits the operations for the list at {@code listPath}.
     *
     * @param removed receives controls that left the list
     * @param added   receives controls that entered the list
     */
    public static void diff(List<? extends Control> before, List<? extends Control> after, List<Object> listPath,
            PatchBuilder patch, ControlSerializer serializer, List<Control> removed, List<Control> added) {
        diff(before, after, listPath, patch, serializer, removed, added, (item, index) -> {
        });
    }

    /** Like {@link #diff(List, List, List, PatchBuilder, ControlSerializer, List, List)}, reporting survivors. */
    public static void diff(List<? extends Control> before, List<? extends Control> after, List<Object> listPath,
            PatchBuilder patch, ControlSerializer serializer, List<Control> removed, List<Control> added,
            Survivors survivors) {
        List<Op> ops = compute(before, after);
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            Op next = i + 1 < ops.size() ? ops.get(i + 1) : null;
            if (op.type == PatchBuilder.REMOVE && next != null && next.type == PatchBuilder.ADD
                    && next.index == op.index) {
                removed.add(op.item);
                added.add(next.item);
                patch.replace(listPath, op.index, serializer.serialize(next.item));
                i++;
            } else if (op.type == PatchBuilder.REMOVE) {
                removed.add(op.item);
                patch.remove(listPath, op.index);
            } else if (op.type == PatchBuilder.ADD) {
                added.add(op.item);
                patch.add(listPath, op.index, serializer.serialize(op.item));
            } else if (op.type == KEEP) {
                survivors.visit(op.item, op.index);
            } else {
                if (op.visitAtSource) {
                    survivors.visit(op.item, op.from);
                }
                patch.move(listPath, op.from, listPath, op.index);
            }
        }
    }

    static List<Op> compute(List<? extends Control> before, List<? extends Control> after) {
        List<Op> flet = fletScan(before, after);
        int moves = 0;
        for (Op op : flet) {
            if (op.type == PatchBuilder.MOVE) {
                moves++;
            }
        }
        return moves > EXTRA_MOVES_ALLOWED && moves > FewestMoves.count(before, after) + EXTRA_MOVES_ALLOWED
                ? FewestMoves.ops(before, after)
                : flet;
    }

    private static List<Op> fletScan(List<? extends Control> before, List<? extends Control> after) {
        Set<Control> wanted = new HashSet<>(after);
        List<Control> work = new ArrayList<>(before);
        List<Op> ops = new ArrayList<>();
        int i = 0;
        for (Control target : after) {
            while (i < work.size() && !wanted.contains(work.get(i))) {
                ops.add(new Op(PatchBuilder.REMOVE, i, i, work.remove(i)));
            }
            if (i < work.size() && work.get(i) == target) {
                ops.add(new Op(KEEP, i, i, target));
                i++;
                continue;
            }
            int j = indexOf(work, target, i + 1);
            if (j >= 0) {
                work.add(i, work.remove(j));
                ops.add(new Op(PatchBuilder.MOVE, i, j, target));
            } else {
                work.add(i, target);
                ops.add(new Op(PatchBuilder.ADD, i, i, target));
            }
            i++;
        }
        // Leftovers go from the end, as Flet removes them.
        while (work.size() > after.size()) {
            int last = work.size() - 1;
            ops.add(new Op(PatchBuilder.REMOVE, last, last, work.remove(last)));
        }
        return ops;
    }

    private static int indexOf(List<Control> list, Control c, int from) {
        for (int k = from; k < list.size(); k++) {
            if (list.get(k) == c) {
                return k;
            }
        }
        return -1;
    }
}
