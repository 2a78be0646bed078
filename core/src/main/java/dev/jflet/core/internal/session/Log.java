package dev.jflet.core.internal.session;

/** Internal: where the runtime reports problems: the browser console, or stderr on the JVM. */
public interface Log {
    void debug(String message);

    void warn(String message);

    void error(String message, Throwable error);

    /** A log on standard error, for the JVM. */
    Log STDERR = new Log() {
        @Override
        public void debug(String message) {
        }

        @Override
        public void warn(String message) {
            System.err.println("[jflet] WARN " + message);
        }

        @Override
        public void error(String message, Throwable error) {
            System.err.println("[jflet] ERROR " + message);
            if (error != null) {
                error.printStackTrace();
            }
        }
    };
}
