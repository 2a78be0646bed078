package dev.jflet.host;

/** Internal: a publish option has a value jflet cannot use; the message names the option and the fix. */
final class InvalidOptionException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidOptionException(String message) {
        super(message);
    }
}
