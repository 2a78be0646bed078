package dev.jflet.core;

/** A method call on the client failed: the client reported an error, the call timed out, or the session ended. */
public class InvokeException extends RuntimeException {
    public InvokeException(String message) {
        super(message);
    }
}
