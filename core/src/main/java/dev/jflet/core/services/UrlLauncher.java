package dev.jflet.core.services;

import dev.jflet.core.internal.props.PropSet;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opens URLs: Flet's {@code UrlLauncher} service. In the browser a URL opens with {@code window.open} in a new tab
 * (or the window named by {@code webWindowName}), without a reference back to the app ({@code noopener}).
 *
 * <p>Only http, https, mailto, tel and sms URLs open; relative URLs resolve against the page. Others, such as
 * {@code javascript:} and {@code data:} URLs, fail with an {@link dev.jflet.core.InvokeException}, and
 * {@link #canLaunchUrl(String)} answers false for them.
 */
public final class UrlLauncher extends Service {
    private static final PropSet PROPS = PropSet.of(null);

    /** Creates the service; see {@link Service} for how long it lives. */
    public UrlLauncher() {
        super("UrlLauncher", PROPS);
    }

    /** Sets how long calls wait for the client; zero waits as long as it takes. */
    public UrlLauncher timeout(Duration timeout) {
        setTimeout(timeout);
        return this;
    }

    /** Opens {@code url} in a new tab. */
    public void launchUrl(String url) {
        launchUrl(url, LaunchMode.PLATFORM_DEFAULT);
    }

    /** Opens {@code url} the way {@code mode} says: in the browser, a new tab. */
    public void launchUrl(String url, LaunchMode mode) {
        call("launch_url", launchArgs(url, mode));
    }

    /**
     * Opens {@code url} in the browser window or tab named {@code webWindowName}: Flet's
     * {@code web_only_window_name}. {@code _blank} opens a new tab, {@code _self} replaces the app, and a name of your
     * own opens a window that later calls with that name reuse.
     */
    public void launchUrl(String url, LaunchMode mode, String webWindowName) {
        if (webWindowName == null || webWindowName.isEmpty()) {
            throw new IllegalArgumentException("UrlLauncher.launchUrl: webWindowName must not be empty: \""
                    + webWindowName + "\"; use launchUrl(url, mode) for a new tab");
        }
        Map<String, Object> args = launchArgs(url, mode);
        args.put("web_only_window_name", webWindowName);
        call("launch_url", args);
    }

    private static Map<String, Object> launchArgs(String url, LaunchMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("UrlLauncher.launchUrl: mode must not be null; use "
                    + "LaunchMode.PLATFORM_DEFAULT");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("url", requireUrl(url, "launchUrl"));
        args.put("mode", mode.value());
        return args;
    }

    /** Whether {@code url} would open: its scheme is http, https, mailto, tel or sms. */
    public boolean canLaunchUrl(String url) {
        return Boolean.TRUE.equals(call("can_launch_url", Map.of("url", requireUrl(url, "canLaunchUrl"))));
    }

    /** Whether the client can open URLs the way {@code mode} says. */
    public boolean supportsLaunchMode(LaunchMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("UrlLauncher.supportsLaunchMode: mode must not be null");
        }
        return Boolean.TRUE.equals(call("supports_launch_mode", Map.of("mode", mode.value())));
    }

    private static String requireUrl(String url, String method) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("UrlLauncher." + method + ": url must not be empty: \"" + url + "\"");
        }
        return url;
    }
}
