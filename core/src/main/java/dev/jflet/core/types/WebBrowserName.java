package dev.jflet.core.types;

/** The browser a web client runs in, as Flet's {@code WebBrowserName} names it from the user agent. */
public enum WebBrowserName {
    /** Mozilla Firefox. */
    FIREFOX("firefox"),
    /** Samsung Internet. */
    SAMSUNG_INTERNET("samsungInternet"),
    /** Opera. */
    OPERA("opera"),
    /** Microsoft Internet Explorer. */
    MSIE("msie"),
    /** Microsoft Edge. */
    EDGE("edge"),
    /** Google Chrome and other Chromium browsers. */
    CHROME("chrome"),
    /** Apple Safari. */
    SAFARI("safari"),
    /** A browser none of the others matches. */
    UNKNOWN("unknown");

    private final String value;

    WebBrowserName(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "samsungInternet"}. */
    public String value() {
        return value;
    }

    /** The browser named {@code value}; {@link #UNKNOWN} for a name this version does not know. */
    public static WebBrowserName of(String value) {
        for (WebBrowserName n : values()) {
            if (n.value.equals(value)) {
                return n;
            }
        }
        return UNKNOWN;
    }
}
