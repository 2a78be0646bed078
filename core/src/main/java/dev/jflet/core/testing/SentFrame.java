package dev.jflet.core.testing;

import java.util.Collections;
import java.util.Map;

/** A frame the app sent to the client, decoded: its action number and body. */
public final class SentFrame {
    private final int action;
    private final Map<Object, Object> body;

    SentFrame(int action, Map<Object, Object> body) {
        this.action = action;
        this.body = Collections.unmodifiableMap(body);
    }

    /** Flet's action number: 1 RegisterClient, 2 PatchControl, 5 InvokeControlMethod, 6 SessionCrashed. */
    public int action() {
        return action;
    }

    public Map<Object, Object> body() {
        return body;
    }

    /** A body value by key. */
    public Object get(String key) {
        return body.get(key);
    }

    @Override
    public String toString() {
        return "[" + action + ", " + body + "]";
    }
}
