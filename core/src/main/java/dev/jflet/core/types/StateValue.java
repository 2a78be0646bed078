package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Internal: a per-state style value as a map keyed by {@link ControlState} names (flet-protocol.md §2.6), in the
 * order the states were given, which is the order the client tries them in.
 */
final class StateValue implements WireValue {
    private final Map<String, Object> byState;

    private StateValue(Map<String, Object> byState) {
        this.byState = byState;
    }

    /**
     * The field value after giving {@code value} to {@code state}: {@code current} is the field's value so far, a
     * plain value (which becomes the default) or a state map.
     */
    static StateValue put(Object current, ControlState state, Object value) {
        if (state == null) {
            throw new IllegalArgumentException("state must not be null; use ControlState.DEFAULT for all states");
        }
        if (value == null) {
            throw new IllegalArgumentException("the value for state " + state.value() + " must not be null");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (current instanceof StateValue) {
            m.putAll(((StateValue) current).byState);
        } else if (current != null) {
            m.put(ControlState.DEFAULT.value(), current);
        }
        m.put(state.value(), value);
        return new StateValue(Collections.unmodifiableMap(m));
    }

    /** The value given to {@code state}, or null. */
    Object get(ControlState state) {
        return byState.get(state.value());
    }

    @Override
    public Object toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : byState.entrySet()) {
            Object v = e.getValue();
            m.put(e.getKey(), v instanceof WireValue ? ((WireValue) v).toWire() : v);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateValue && ((StateValue) o).byState.equals(byState);
    }

    @Override
    public int hashCode() {
        return byState.hashCode();
    }

    @Override
    public String toString() {
        return byState.toString();
    }
}
