package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Internal: the base of immutable value types that send only the fields that were set, under their wire
 * names. Every fluent setter returns a changed copy.
 */
abstract class SparseValue<S extends SparseValue<S>> implements WireValue {
    private final Map<String, Object> fields;

    SparseValue(Map<String, Object> fields) {
        this.fields = fields;
    }

    /** A new instance of the concrete type holding {@code fields}. */
    abstract S copy(Map<String, Object> fields);

    /** The type's name for {@link #toString()}. */
    abstract String typeName();

    static Map<String, Object> none() {
        return Collections.emptyMap();
    }

    /** Returns a copy with {@code name} set to {@code value}, or removed when the value is null. */
    final S with(String name, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(fields);
        if (value == null) {
            m.remove(name);
        } else {
            m.put(name, value);
        }
        return copy(Collections.unmodifiableMap(m));
    }

    /** Returns a copy with colour field {@code name} set; a colour is a non-blank string (flet-protocol.md §2.6). */
    final S withColor(String name, String color) {
        return with(name, checkedColor(name, color));
    }

    /** Returns {@code color} if it is a colour (a non-blank string), else throws naming the field. */
    final String checkedColor(String name, String color) {
        if (color == null || color.isBlank()) {
            String shown = color == null ? "null" : "\"" + color + "\"";
            throw new IllegalArgumentException(
                    typeName() + "." + name + " must be a colour such as \"pink\" or \"#ff336699\": " + shown);
        }
        return color;
    }

    /** The value of a field, or null when it was not set. */
    final Object field(String name) {
        return fields.get(name);
    }

    final OptionalDouble number(String name) {
        Object v = fields.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) v).doubleValue());
    }

    final Optional<String> string(String name) {
        Object v = fields.get(name);
        return v == null ? Optional.empty() : Optional.of((String) v);
    }

    @Override
    public Object toWire() {
        return setFields();
    }

    private Map<String, Object> setFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            Object v = e.getValue();
            m.put(e.getKey(), v instanceof WireValue ? ((WireValue) v).toWire() : v);
        }
        return m;
    }

    /** The wire map with its keys in {@code order}: the field order of Flet's dataclass, which its encoder keeps. */
    final Map<String, Object> toWire(List<String> order) {
        Map<String, Object> set = setFields();
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name : order) {
            if (set.containsKey(name)) {
                m.put(name, set.get(name));
            }
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((SparseValue<?>) o).fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return typeName() + fields;
    }
}
