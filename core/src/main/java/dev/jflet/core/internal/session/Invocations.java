package dev.jflet.core.internal.session;

import dev.jflet.core.InvokeException;
import dev.jflet.core.internal.loop.EventLoop;
import dev.jflet.core.internal.protocol.Message;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Internal: method calls on the client that tasks are waiting for, matched by call id
 * (flet-protocol.md §2.3.5). Results for unknown calls are reported and dropped.
 */
final class Invocations {
    private final EventLoop loop;
    private final Log log;
    private final Supplier<String> callIds;
    private final Map<String, PendingCall> pending = new HashMap<>();

    Invocations(EventLoop loop, Log log, Supplier<String> callIds) {
        this.loop = loop;
        this.log = log;
        this.callIds = callIds;
    }

    /** Reserves a call id and a pending entry; the caller sends the request, then {@link #await}s. */
    String begin(String description) {
        String id = callIds.get();
        pending.put(id, new PendingCall(description, loop.newParker()));
        return id;
    }

    /**
     * Suspends the task until the result arrives, the timeout passes or the session ends. A client may answer
     * inside the request's send (the browser renderer does for push_route); then the result is already here.
     */
    Object await(String callId, long timeoutMillis) {
        PendingCall call = pending.get(callId);
        if (call == null) {
            throw new InvokeException("Session closed");
        }
        if (!call.done) {
            if (timeoutMillis > 0) {
                loop.schedule(timeoutMillis, () -> call.complete(null,
                        "Timeout waiting for invokeMethod " + call.description + " call"));
            }
            call.parker.park();
        }
        pending.remove(callId);
        if (call.error != null) {
            throw new InvokeException(call.error);
        }
        return call.result;
    }

    /** Handles an InvokeControlMethod response from the client. */
    void complete(Message m) {
        Object id = m.get("call_id");
        PendingCall call = id instanceof String ? pending.get(id) : null;
        if (call == null || call.done) {
            log.warn("Dropped a method result for an unknown call: " + id);
            return;
        }
        Object error = m.get("error");
        call.complete(m.get("result"), error == null || "".equals(error) ? null : String.valueOf(error));
    }

    /** Fails every pending call, e.g. when the session ends. */
    void failAll(String reason) {
        for (PendingCall call : pending.values()) {
            call.complete(null, reason);
        }
        pending.clear();
    }
}
