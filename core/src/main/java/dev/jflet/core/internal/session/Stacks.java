package dev.jflet.core.internal.session;

/** Internal: renders an exception with its Java stack trace as text. */
final class Stacks {
    private Stacks() {
    }

    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        String prefix = "";
        int depth = 0;
        while (t != null && depth++ < 8) {
            sb.append(prefix).append(t);
            StackTraceElement[] trace = t.getStackTrace();
            if (trace != null) {
                for (StackTraceElement el : trace) {
                    sb.append("\n    at ").append(el);
                }
            }
            prefix = "\nCaused by: ";
            t = t.getCause() == t ? null : t.getCause();
        }
        return sb.toString();
    }
}
