package dev.jflet.e2e.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the ordered maps the benchmark reports write as JSON. */
final class Json {
    private Json() {
    }

    static Map<String, Object> ordered(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs: " + keysAndValues.length);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
