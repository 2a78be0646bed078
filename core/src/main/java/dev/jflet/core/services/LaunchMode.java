package dev.jflet.core.services;

import dev.jflet.core.internal.protocol.WireValue;

/**
 * How {@link UrlLauncher} opens a URL: Flet's {@code LaunchMode}. In the browser every mode opens a new browsing
 * context (a tab, or the window named by {@code webWindowName}); the in-app modes exist for Flet's mobile clients.
 */
public enum LaunchMode implements WireValue {
    /** The platform decides; in the browser, a new tab. */
    PLATFORM_DEFAULT("platformDefault"),
    /** A web view inside the app (mobile). */
    IN_APP_WEB_VIEW("inAppWebView"),
    /** An in-app browser view (mobile). */
    IN_APP_BROWSER_VIEW("inAppBrowserView"),
    /** Another application: in the browser, a new tab. */
    EXTERNAL_APPLICATION("externalApplication"),
    /** A non-browser application that handles the URL (mobile). */
    EXTERNAL_NON_BROWSER_APPLICATION("externalNonBrowserApplication");

    private final String value;

    LaunchMode(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "platformDefault"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
