package dev.jflet.bridge;

import dev.jflet.bridge.internal.JsChannel;
import dev.jflet.core.App;

/** Starts a jflet app in the browser. */
public final class Jflet {
    private Jflet() {
    }

    /**
     * Makes {@code app} available to the renderer. Call it from the app's {@code main}:
     *
     * <pre>{@code
     * public static void main(String[] args) {
     *     Jflet.run(page -> page.add(new Text("Hello, world!")));
     * }
     * }</pre>
     *
     * <p>It installs Flet's bridge functions ({@code jsConnect}, {@code jsSend}, {@code jsDisconnect})
     * in the page and returns at once; the app's {@code main(page)} runs when the renderer connects.
     */
    public static void run(App app) {
        if (app == null) {
            throw new IllegalArgumentException("app must not be null");
        }
        JsChannel.install(app);
    }
}
