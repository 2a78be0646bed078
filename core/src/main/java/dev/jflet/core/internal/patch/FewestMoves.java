package dev.jflet.core.internal.patch;

import dev.jflet.core.Control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Internal: list operations with the fewest moves. The items that stay form a sequence of target positions; its
 * longest increasing run keeps its place, every other staying item moves once, right after the item that precedes
 * it in the target order. Then new items are added at their target indices, in ascending order. The operations are
 * removes (from the end), moves, adds, then a keep per staying item at its final index, where its own changes go.
 */
final class FewestMoves {
    private FewestMoves() {
    }

    /** How many items must move to turn {@code before} into {@code after}. */
    static int count(List<? extends Control> before, List<? extends Control> after) {
        int[] positions = survivorPositions(before, targetPositions(after));
        return positions.length - longestIncreasing(positions).length;
    }

    static List<ListDiff.Op> ops(List<? extends Control> before, List<? extends Control> after) {
        Map<Control, Integer> target = targetPositions(after);
        List<ListDiff.Op> ops = new ArrayList<>();
        List<Control> work = new ArrayList<>(before);
        for (int k = work.size() - 1; k >= 0; k--) {
            if (!target.containsKey(work.get(k))) {
                ops.add(new ListDiff.Op(PatchBuilder.REMOVE, k, k, work.remove(k)));
            }
        }
        int[] positions = survivorPositions(work, target);
        boolean[] stays = new boolean[after.size()];
        for (int inRun : longestIncreasing(positions)) {
            stays[positions[inRun]] = true;
        }
        Map<Control, Boolean> survives = new HashMap<>();
        for (Control c : work) {
            survives.put(c, Boolean.TRUE);
        }
        Control previous = null;
        for (Control item : after) {
            if (!survives.containsKey(item)) {
                continue;
            }
            if (!stays[target.get(item)]) {
                int from = indexOf(work, item);
                work.remove(from);
                int to = previous == null ? 0 : indexOf(work, previous) + 1;
                work.add(to, item);
                ops.add(new ListDiff.Op(PatchBuilder.MOVE, to, from, item, false));
            }
            previous = item;
        }
        for (int i = 0; i < after.size(); i++) {
            Control item = after.get(i);
            if (!survives.containsKey(item)) {
                work.add(i, item);
                ops.add(new ListDiff.Op(PatchBuilder.ADD, i, i, item));
            }
        }
        for (int i = 0; i < after.size(); i++) {
            if (survives.containsKey(after.get(i))) {
                ops.add(new ListDiff.Op(ListDiff.KEEP, i, i, after.get(i)));
            }
        }
        return ops;
    }

    private static Map<Control, Integer> targetPositions(List<? extends Control> after) {
        Map<Control, Integer> positions = new HashMap<>();
        for (int i = 0; i < after.size(); i++) {
            positions.put(after.get(i), i);
        }
        return positions;
    }

    /** The target positions of the items of {@code list} that stay, in {@code list}'s order. */
    private static int[] survivorPositions(List<? extends Control> list, Map<Control, Integer> target) {
        int[] positions = new int[list.size()];
        int n = 0;
        for (Control c : list) {
            Integer position = target.get(c);
            if (position != null) {
                positions[n++] = position;
            }
        }
        return Arrays.copyOf(positions, n);
    }

    /** Indices into {@code values} of one longest strictly increasing subsequence (patience sorting). */
    static int[] longestIncreasing(int[] values) {
        int[] tails = new int[values.length];
        int[] previous = new int[values.length];
        int length = 0;
        for (int i = 0; i < values.length; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[tails[middle]] < values[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            if (low == length) {
                length++;
            }
        }
        int[] run = new int[length];
        for (int k = length - 1, i = length > 0 ? tails[length - 1] : -1; k >= 0; k--, i = previous[i]) {
            run[k] = i;
        }
        return run;
    }

    private static int indexOf(List<Control> list, Control c) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k) == c) {
                return k;
            }
        }
        throw new IllegalStateException("not in the working list: " + c);
    }
}
