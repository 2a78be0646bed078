package dev.jflet.bridge.internal;

import dev.jflet.core.internal.session.Log;
import org.teavm.jso.JSBody;

/** Internal: the runtime's log in the browser console. */
final class ConsoleLog implements Log {
    static final ConsoleLog INSTANCE = new ConsoleLog();

    @Override
    public void debug(String message) {
        debugJs("[jflet] " + message);
    }

    @Override
    public void warn(String message) {
        warnJs("[jflet] " + message);
    }

    @Override
    public void error(String message, Throwable error) {
        errorJs("[jflet] " + message + (error == null ? "" : "\n" + error));
    }

    @JSBody(params = "m", script = "console.debug(m);")
    private static native void debugJs(String m);

    @JSBody(params = "m", script = "console.warn(m);")
    private static native void warnJs(String m);

    @JSBody(params = "m", script = "console.error(m);")
    private static native void errorJs(String m);
}
