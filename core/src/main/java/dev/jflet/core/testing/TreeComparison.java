package dev.jflet.core.testing;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares two decoded trees: maps by key set (order ignored), lists by position, numbers by value. */
final class TreeComparison {
    /** Tells whether a value the client holds for a control's key is that property's default. */
    interface Defaults {
        boolean isDefault(Map<?, ?> control, Object key, Object value);
    }

    private final Defaults defaults;

    TreeComparison(Defaults defaults) {
        this.defaults = defaults;
    }

    private static boolean absent(Object v) {
        return v == null || v instanceof List && ((List<?>) v).isEmpty();
    }

    String firstDifference(Object a, Object b, String path) {
        if (absent(a) && absent(b)) {
            return null;
        }
        if (a instanceof Map && b instanceof Map) {
            Map<?, ?> ma = (Map<?, ?>) a;
            Map<?, ?> mb = (Map<?, ?>) b;
            // A key set to nil or to an empty list, and a missing key, mean the same to a Flet client.
            for (Object k : ma.keySet()) {
                if (!absent(ma.get(k)) && !mb.containsKey(String.valueOf(k)) && !mb.containsKey(k)) {
                    return path + "." + k + ": missing on the client";
                }
            }
            for (Object k : mb.keySet()) {
                // Flet leaves an emptied _internals on the client as {}: no hints, as when it is missing.
                boolean noHints = "_internals".equals(k) && mb.get(k) instanceof Map && ((Map<?, ?>) mb.get(k)).isEmpty();
                if (!absent(mb.get(k)) && !noHints && !ma.containsKey(String.valueOf(k)) && !ma.containsKey(k)
                        && !defaults.isDefault(mb, k, mb.get(k))) {
                    return path + "." + k + ": only on the client (" + mb.get(k) + ")";
                }
            }
            for (Object k : ma.keySet()) {
                Object vb = mb.containsKey(k) ? mb.get(k) : mb.get(String.valueOf(k));
                String d = firstDifference(ma.get(k), vb, path + "." + k);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof List && b instanceof List) {
            List<?> la = (List<?>) a;
            List<?> lb = (List<?>) b;
            if (la.size() != lb.size()) {
                return path + ": " + la.size() + " items in the app, " + lb.size() + " on the client";
            }
            for (int i = 0; i < la.size(); i++) {
                String d = firstDifference(la.get(i), lb.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Number && b instanceof Number) {
            return ((Number) a).doubleValue() == ((Number) b).doubleValue() ? null : path + ": " + a + " vs " + b;
        }
        return Objects.equals(a, b) ? null : path + ": " + a + " in the app, " + b + " on the client";
    }
}
