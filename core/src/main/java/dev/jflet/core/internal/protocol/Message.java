package dev.jflet.core.internal.protocol;

import java.util.List;
import java.util.Map;

/** Internal: one decoded frame, with typed access to its body that reports shape errors clearly. */
public final class Message {
    private final int action;
    private final Map<Object, Object> body;

    public Message(int action, Map<Object, Object> body) {
        this.action = action;
        this.body = body;
    }

    public int action() {
        return action;
    }

    public Map<Object, Object> body() {
        return body;
    }

    public Object get(String key) {
        return body.get(key);
    }

    public int requireInt(String key) {
        Object v = body.get(key);
        if (!(v instanceof Integer)) {
            throw new MalformedFrameException("action " + action + ": '" + key + "' must be an integer, got "
                    + Frames.describe(v));
        }
        return (Integer) v;
    }

    public String requireString(String key) {
        Object v = body.get(key);
        if (!(v instanceof String)) {
            throw new MalformedFrameException("action " + action + ": '" + key + "' must be a string, got "
                    + Frames.describe(v));
        }
        return (String) v;
    }

    @SuppressWarnings("unchecked")
    public Map<Object, Object> requireMap(String key) {
        Object v = body.get(key);
        if (!(v instanceof Map)) {
            throw new MalformedFrameException("action " + action + ": '" + key + "' must be a map, got "
                    + Frames.describe(v));
        }
        return (Map<Object, Object>) v;
    }

    @SuppressWarnings("unchecked")
    public List<Object> optionalList(String key) {
        Object v = body.get(key);
        return v instanceof List ? (List<Object>) v : null;
    }

    @Override
    public String toString() {
        return "[" + action + ", " + body + "]";
    }
}
