package dev.jflet.core.internal.session;

import dev.jflet.core.internal.loop.Parker;

/** Internal: a method call on the client that a task is waiting for (flet-protocol.md §2.3.5). */
final class PendingCall {
    final String description;
    final Parker parker;
    boolean done;
    Object result;
    String error;

    PendingCall(String description, Parker parker) {
        this.description = description;
        this.parker = parker;
    }

    void complete(Object result, String error) {
        if (done) {
            return;
        }
        done = true;
        this.result = result;
        this.error = error;
        parker.unpark();
    }
}
