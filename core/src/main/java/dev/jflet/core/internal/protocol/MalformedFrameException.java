package dev.jflet.core.internal.protocol;

/** Internal: a frame from the client that cannot be decoded or does not have the expected shape. */
public final class MalformedFrameException extends RuntimeException {
    public MalformedFrameException(String message) {
        super(message);
    }
}
