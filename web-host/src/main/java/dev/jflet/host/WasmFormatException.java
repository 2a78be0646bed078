package dev.jflet.host;

/** Internal: a WebAssembly binary that is malformed, or shaped otherwise than the code reading it expects. */
final class WasmFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WasmFormatException(String message) {
        super(message);
    }
}
