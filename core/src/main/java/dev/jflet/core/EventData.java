package dev.jflet.core;

import dev.jflet.core.internal.protocol.WireTypes;

import java.util.Map;

/** Reads fields of an event's data map, naming the field and the value when the type is wrong. */
public final class EventData {
    private final String event;
    private final Map<?, ?> map;

    private EventData(String event, Map<?, ?> map) {
        this.event = event;
        this.map = map;
    }

    /** Wraps the data of event {@code event}; it must be a map. */
    public static EventData of(String event, Object data) {
        if (!(data instanceof Map)) {
            throw new IllegalArgumentException("event '" + event + "' expects a map, got " + WireTypes.describe(data));
        }
        return new EventData(event, (Map<?, ?>) data);
    }

    public double number(String key, double fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number)) {
            throw wrong(key, "a number", v);
        }
        return ((Number) v).doubleValue();
    }

    public String string(String key, String fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String)) {
            throw wrong(key, "a string", v);
        }
        return (String) v;
    }

    public boolean bool(String key) {
        Object v = map.get(key);
        if (v == null) {
            return false;
        }
        if (!(v instanceof Boolean)) {
            throw wrong(key, "a bool", v);
        }
        return (Boolean) v;
    }

    public Object raw(String key) {
        return map.get(key);
    }

    private IllegalArgumentException wrong(String key, String expected, Object v) {
        return new IllegalArgumentException("event '" + event + "': '" + key + "' must be " + expected + ", got "
                + WireTypes.describe(v));
    }
}
