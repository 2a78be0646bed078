package dev.jflet.core.conformance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares decoded frames the way the conformance README allows: map key order is ignored, numbers
 * compare by value (Dart's {@code 10 == 10.0}), control ids are mapped (the first pairing binds), and
 * random strings (session id, call ids, service uid) only need the same length.
 */
final class FrameMatcher {
    private static final Set<String> ID_KEYS = Set.of("_i", "id", "target", "control_id");
    private static final Set<String> RANDOM_KEYS = Set.of("session_id", "call_id", "uid");

    private final Map<Integer, Integer> expectedToActual = new HashMap<>();
    private final Map<Integer, Integer> actualToExpected = new HashMap<>();
    private final Map<String, String> randomStrings = new HashMap<>();

    /** Returns null when the values match, else a description of the first difference. */
    String mismatch(Object expected, Object actual, String path) {
        if (expected instanceof Map && actual instanceof Map) {
            Map<?, ?> e = (Map<?, ?>) expected;
            Map<?, ?> a = (Map<?, ?>) actual;
            if (!e.keySet().equals(a.keySet())) {
                return path + ": keys differ, expected " + e.keySet() + " but was " + a.keySet();
            }
            for (Object k : e.keySet()) {
                String p = path + "." + k;
                Object ev = e.get(k);
                Object av = a.get(k);
                if (ID_KEYS.contains(k) && ev instanceof Integer && av instanceof Integer) {
                    String m = bind((Integer) ev, (Integer) av, p);
                    if (m != null) {
                        return m;
                    }
                } else if (RANDOM_KEYS.contains(k) && ev instanceof String && av instanceof String) {
                    if (((String) ev).length() != ((String) av).length()) {
                        return p + ": random string of length " + ((String) ev).length() + " expected, was " + av;
                    }
                    randomStrings.put((String) ev, (String) av);
                } else {
                    String m = mismatch(ev, av, p);
                    if (m != null) {
                        return m;
                    }
                }
            }
            return null;
        }
        if (expected instanceof List && actual instanceof List) {
            List<?> e = (List<?>) expected;
            List<?> a = (List<?>) actual;
            if (e.size() != a.size()) {
                return path + ": list size " + e.size() + " expected, was " + a.size() + " (" + a + ")";
            }
            for (int i = 0; i < e.size(); i++) {
                String m = mismatch(e.get(i), a.get(i), path + "[" + i + "]");
                if (m != null) {
                    return m;
                }
            }
            return null;
        }
        if (expected instanceof Number && actual instanceof Number) {
            return ((Number) expected).doubleValue() == ((Number) actual).doubleValue() ? null
                    : path + ": expected " + expected + " but was " + actual;
        }
        if (expected == null ? actual == null : expected.equals(actual)) {
            return null;
        }
        return path + ": expected " + expected + " but was " + actual;
    }

    private String bind(int expected, int actual, String path) {
        Integer known = expectedToActual.get(expected);
        if (known == null) {
            if (actualToExpected.containsKey(actual)) {
                return path + ": id " + actual + " already stands for " + actualToExpected.get(actual)
                        + ", cannot also stand for " + expected;
            }
            expectedToActual.put(expected, actual);
            actualToExpected.put(actual, expected);
            return null;
        }
        return known == actual ? null : path + ": id " + expected + " maps to " + known + ", was " + actual;
    }

    /** Rewrites ids in a recorded client frame body to the ids of this run. */
    @SuppressWarnings("unchecked")
    Object translate(Object value, String key) {
        if (value instanceof Map) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                out.put(e.getKey(), translate(e.getValue(), String.valueOf(e.getKey())));
            }
            return out;
        }
        if (value instanceof List) {
            List<Object> out = new java.util.ArrayList<>();
            for (Object o : (List<Object>) value) {
                out.add(translate(o, ""));
            }
            return out;
        }
        if (ID_KEYS.contains(key) && value instanceof Integer) {
            // Ids no backend frame introduced stay as they are: the client may name unknown controls.
            return expectedToActual.getOrDefault(value, (Integer) value);
        }
        if (RANDOM_KEYS.contains(key) && value instanceof String) {
            return randomStrings.getOrDefault(value, (String) value);
        }
        return value;
    }
}
