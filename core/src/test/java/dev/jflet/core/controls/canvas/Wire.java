package dev.jflet.core.controls.canvas;

import dev.jflet.core.Control;
import dev.jflet.core.internal.patch.ControlSerializer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A control's wire map as the first patch carries it, without the run-dependent {@code _i} ids. */
final class Wire {
    private Wire() {
    }

    static Object of(Control c) {
        return withoutIds(new ControlSerializer(node -> {
        }).serialize(c));
    }

    private static Object withoutIds(Object v) {
        if (v instanceof Map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            ((Map<?, ?>) v).forEach((k, item) -> {
                if (!"_i".equals(k)) {
                    out.put(k, withoutIds(item));
                }
            });
            return out;
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            ((List<?>) v).forEach(item -> out.add(withoutIds(item)));
            return out;
        }
        return v;
    }
}
