package dev.jflet.core.controls;

import dev.jflet.core.Control;
import dev.jflet.core.testing.AppTester;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A control as the client received it, without the {@code _i} ids, which depend on creation order. */
final class WireForm {
    private WireForm() {
    }

    /** The map the client holds for {@code c}, ids removed at every depth. */
    static Object of(AppTester t, Control c) {
        Map<String, Object> m = t.client().control(c);
        if (m == null) {
            throw new AssertionError(c + " is not on the client's page");
        }
        return withoutIds(m);
    }

    private static Object withoutIds(Object v) {
        if (v instanceof Map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!"_i".equals(e.getKey())) {
                    out.put(e.getKey(), withoutIds(e.getValue()));
                }
            }
            return out;
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) v) {
                out.add(withoutIds(o));
            }
            return out;
        }
        return v;
    }
}
