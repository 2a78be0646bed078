package dev.jflet.core.flet;

import dev.jflet.core.App;
import dev.jflet.core.Control;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.tree.Nodes;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.PatchPaths;
import dev.jflet.core.testing.SentFrame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs an app through {@link AppTester} and reads its patches in the op form Flet's diff tests assert on:
 * {@code ["replace", path, value]}, {@code ["add", path, value]}, {@code ["remove", path]},
 * {@code ["move", from, to]}, with full paths from the patch root (flet-protocol.md §3.4, §7).
 *
 * <p>Control values lose their {@code _i}: Flet's tests compare controls by value, and ids differ.
 */
final class FletDiff {
    final AppTester tester;

    private FletDiff(AppTester tester) {
        this.tester = tester;
    }

    static FletDiff start(App app) {
        return new FletDiff(AppTester.start(app));
    }

    /** Calls {@code root.update()} and returns the ops of the one patch it sent; empty if it sent none. */
    List<List<Object>> update(Control root) {
        return decode(updateWire(root));
    }

    /** Calls {@code root.update()} and returns the one patch it sent in wire form; empty if it sent none. */
    List<?> updateWire(Control root) {
        tester.clearFrames();
        root.update();
        List<SentFrame> sent = tester.frames(Action.PATCH_CONTROL);
        tester.assertClientInSync();
        if (sent.isEmpty()) {
            return List.of();
        }
        assertEquals(1, sent.size(), "one update() sends one patch: " + sent);
        assertEquals(Nodes.id(root), sent.get(0).get("id"), "the patch is rooted at the updated control");
        return (List<?>) sent.get(0).get("patch");
    }

    /** The PatchControl frames sent since the last update or {@link AppTester#clearFrames()}, as op lists. */
    List<List<List<Object>>> patchesSent() {
        List<List<List<Object>>> out = new ArrayList<>();
        for (SentFrame f : tester.frames(Action.PATCH_CONTROL)) {
            out.add(decode((List<?>) f.get("patch")));
        }
        return out;
    }

    /** Turns a wire patch ({@code [path_tree, op…]}) into ops with full paths. */
    static List<List<Object>> decode(List<?> patch) {
        List<List<Object>> out = new ArrayList<>();
        if (patch.isEmpty()) {
            return out;
        }
        Map<Integer, List<Object>> paths = PatchPaths.of(patch.get(0));
        for (Object o : patch.subList(1, patch.size())) {
            List<?> op = (List<?>) o;
            List<Object> at = join(paths.get((Integer) op.get(1)), op.get(2));
            switch ((Integer) op.get(0)) {
                case 0:
                    out.add(Arrays.asList("replace", at, strip(op.get(3))));
                    break;
                case 1:
                    out.add(Arrays.asList("add", at, strip(op.get(3))));
                    break;
                case 2:
                    out.add(Arrays.asList("remove", at));
                    break;
                default:
                    out.add(Arrays.asList("move", at, join(paths.get((Integer) op.get(3)), op.get(4))));
            }
        }
        return out;
    }

    private static List<Object> join(List<Object> path, Object key) {
        List<Object> out = new ArrayList<>(path);
        out.add(key);
        return out;
    }

    /** A copy of a decoded value without {@code _i} at any depth. */
    static Object strip(Object v) {
        if (v instanceof Map) {
            Map<Object, Object> m = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!"_i".equals(e.getKey())) {
                    m.put(e.getKey(), strip(e.getValue()));
                }
            }
            return m;
        }
        if (v instanceof List) {
            List<Object> l = new ArrayList<>();
            for (Object o : (List<?>) v) {
                l.add(strip(o));
            }
            return l;
        }
        return v;
    }

    // ---- expected ops ----

    static List<Object> path(Object... parts) {
        return Arrays.asList(parts);
    }

    static List<Object> replace(List<Object> path, Object value) {
        return Arrays.asList("replace", path, value);
    }

    static List<Object> add(List<Object> path, Object value) {
        return Arrays.asList("add", path, value);
    }

    static List<Object> remove(List<Object> path) {
        return Arrays.asList("remove", path);
    }

    static List<Object> move(List<Object> from, List<Object> to) {
        return Arrays.asList("move", from, to);
    }

    /** A control as it travels without its id: {@code _c} plus the given properties. */
    static Map<Object, Object> control(String type, Object... props) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < props.length; i += 2) {
            m.put(props[i], props[i + 1]);
        }
        m.put("_c", type);
        return m;
    }

    static Map<Object, Object> text(String value) {
        return control("Text", "value", value);
    }
}
