package dev.jflet.core;

/** The page's route changed: browser navigation, a deep link, or {@code page.pushRoute}. */
public final class RouteChangeEvent extends Event<Page> {
    private final String route;

    RouteChangeEvent(Page page, Object data) {
        super(page, "route_change", data, page);
        this.route = EventData.of("route_change", data).string("route", "/");
    }

    /** The new route, with its query string. */
    public String route() {
        return route;
    }
}
