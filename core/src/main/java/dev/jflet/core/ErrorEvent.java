package dev.jflet.core;

import java.util.Optional;

/** An error: an exception in app code, or an error the client reported. */
public final class ErrorEvent extends Event<Page> {
    private final String message;
    private final Throwable error;

    public ErrorEvent(Page page, String message, Throwable error) {
        super(page, "error", message, page);
        this.message = message;
        this.error = error;
    }

    /** What went wrong, in one line. */
    public String message() {
        return message;
    }

    /** The exception, when the error came from app code. */
    public Optional<Throwable> error() {
        return Optional.ofNullable(error);
    }
}
