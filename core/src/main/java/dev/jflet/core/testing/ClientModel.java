package dev.jflet.core.testing;

import dev.jflet.core.Control;
import dev.jflet.core.internal.protocol.WireTypes;
import dev.jflet.core.internal.tree.Nodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page as a Flet client holds it after applying every frame: the registration's {@code page_patch}
 * merged in, then each PatchControl applied with Flet's client rules (flet-protocol.md §3.4, §3.6):
 * operations in order, live list indices, maps with {@code _c} indexed by {@code _i}.
 */
public final class ClientModel {
    private Map<String, Object> page;
    private final Map<Integer, Map<String, Object>> index = new HashMap<>();

    /** The page map, or null before registration. */
    public Map<String, Object> page() {
        return page;
    }

    /** The control map with this id, or null. */
    public Map<String, Object> control(int id) {
        return index.get(id);
    }

    /** The map the client holds for {@code c}, or null when it has none. */
    public Map<String, Object> control(Control c) {
        return control(Nodes.id(c));
    }

    void applyPagePatch(Map<?, ?> pagePatch) {
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) materialize(pagePatch);
        if (page == null) {
            page = copy;
        } else {
            page.putAll(copy);
        }
    }

    /** Applies one PatchControl; an unknown id is ignored, as the client does. */
    void applyPatch(int id, List<?> patch) {
        Map<String, Object> root = index.get(id);
        if (root == null || patch.isEmpty()) {
            return;
        }
        Map<Integer, List<Object>> paths = PatchPaths.of(patch.get(0));
        for (int i = 1; i < patch.size(); i++) {
            List<?> op = (List<?>) patch.get(i);
            int type = (Integer) op.get(0);
            Object container = resolve(root, paths.get((Integer) op.get(1)));
            switch (type) {
                case 0:
                case 1:
                    put(container, op.get(2), materialize(op.get(3)), type == 1);
                    break;
                case 2:
                    take(container, op.get(2));
                    break;
                case 3:
                    Object moved = take(container, op.get(2));
                    put(resolve(root, paths.get((Integer) op.get(3))), op.get(4), moved, true);
                    break;
                default:
                    throw new IllegalStateException("unknown patch operation " + type);
            }
        }
    }

    private static Object resolve(Map<String, Object> root, List<Object> path) {
        if (path == null) {
            throw new IllegalStateException("operation refers to a node the path tree does not declare");
        }
        Object cur = root;
        for (Object key : path) {
            cur = get(cur, key);
            if (cur == null) {
                throw new IllegalStateException("patch path " + path + " does not exist at " + key);
            }
        }
        return cur;
    }

    private static Object get(Object container, Object key) {
        if (container instanceof Map) {
            return ((Map<?, ?>) container).get(key);
        }
        if (container instanceof List && key instanceof Integer) {
            List<?> l = (List<?>) container;
            int i = (Integer) key;
            return i >= 0 && i < l.size() ? l.get(i) : null;
        }
        throw new IllegalStateException("cannot index " + WireTypes.describe(container) + " with " + key);
    }

    @SuppressWarnings("unchecked")
    private static void put(Object container, Object key, Object value, boolean insert) {
        if (container instanceof Map) {
            ((Map<Object, Object>) container).put(key, value);
        } else if (insert) {
            ((List<Object>) container).add((Integer) key, value);
        } else {
            ((List<Object>) container).set((Integer) key, value);
        }
    }

    private static Object take(Object container, Object key) {
        if (container instanceof Map) {
            return ((Map<?, ?>) container).remove(key);
        }
        return ((List<?>) container).remove((int) (Integer) key);
    }

    private Object materialize(Object v) {
        if (v instanceof Map) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                m.put(String.valueOf(e.getKey()), materialize(e.getValue()));
            }
            if (m.get("_c") instanceof String && m.get("_i") instanceof Integer) {
                index.put((Integer) m.get("_i"), m);
            }
            return m;
        }
        if (v instanceof List) {
            List<Object> l = new ArrayList<>();
            for (Object o : (List<?>) v) {
                l.add(materialize(o));
            }
            return l;
        }
        return v;
    }
}
