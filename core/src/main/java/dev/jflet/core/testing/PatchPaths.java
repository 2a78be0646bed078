package dev.jflet.core.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a patch's path tree (flet-protocol.md §3.4): for each node index, the path of keys from the
 * patch root to the container that node names.
 */
public final class PatchPaths {
    private PatchPaths() {
    }

    /** Node index → path, for a decoded path tree such as {@code [0, {"views": [1, {0: [2]}]}]}. */
    public static Map<Integer, List<Object>> of(Object pathTree) {
        Map<Integer, List<Object>> out = new HashMap<>();
        collect(pathTree, new ArrayList<>(), out);
        return out;
    }

    private static void collect(Object node, List<Object> path, Map<Integer, List<Object>> out) {
        List<?> n = (List<?>) node;
        out.put((Integer) n.get(0), new ArrayList<>(path));
        if (n.size() > 1) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) n.get(1)).entrySet()) {
                path.add(e.getKey());
                collect(e.getValue(), path, out);
                path.remove(path.size() - 1);
            }
        }
    }
}
