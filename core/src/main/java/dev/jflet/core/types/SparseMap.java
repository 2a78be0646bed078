package dev.jflet.core.types;

import java.util.LinkedHashMap;
import java.util.Map;

/** Internal: builds the wire map of a value type whose zero fields Flet leaves out. */
final class SparseMap {
    private final Map<String, Object> map = new LinkedHashMap<>();

    /** Adds {@code value} unless it is zero. */
    SparseMap put(String key, double value) {
        if (value != 0) {
            map.put(key, value);
        }
        return this;
    }

    /** Adds {@code value} unless it is zero. */
    SparseMap put(String key, int value) {
        if (value != 0) {
            map.put(key, value);
        }
        return this;
    }

    Map<String, Object> toMap() {
        return map;
    }
}
