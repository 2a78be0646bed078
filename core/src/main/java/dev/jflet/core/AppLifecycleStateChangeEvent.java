package dev.jflet.core;

/**
 * The app's lifecycle state changed: {@code show}, {@code resume}, {@code hide}, {@code inactive},
 * {@code pause}, {@code detach} or {@code restart} (in the browser: page visibility and focus).
 */
public final class AppLifecycleStateChangeEvent extends Event<Page> {
    private final String state;

    AppLifecycleStateChangeEvent(Page page, Object data) {
        super(page, "app_lifecycle_state_change", data, page);
        this.state = EventData.of("app_lifecycle_state_change", data).string("state", "");
    }

    /** The new state, as Flet names it. */
    public String state() {
        return state;
    }
}
