package dev.jflet.host;

/** Internal: TeaVM could not compile the app; the message lists each problem with its location. */
final class TeaVmCompileException extends Exception {
    private static final long serialVersionUID = 1L;

    TeaVmCompileException(String message, Throwable cause) {
        super(message, cause);
    }
}
