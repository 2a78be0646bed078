package dev.jflet.core;

import java.util.Optional;

/** The user asked to leave the top view (the app bar's back button, or the browser's). */
public final class ViewPopEvent extends Event<Page> {
    private final String route;
    private final View view;

    ViewPopEvent(Page page, Object data) {
        super(page, "view_pop", data, page);
        this.route = EventData.of("view_pop", data).string("route", "/");
        View found = null;
        for (View v : page.views()) {
            if (route.equals(v.route())) {
                found = v;
                break;
            }
        }
        this.view = found;
    }

    /** The route of the view to pop. */
    public String route() {
        return route;
    }

    /** The view with that route, if it is on the stack; the lowest one when several share it, as in Flet. */
    public Optional<View> view() {
        return Optional.ofNullable(view);
    }
}
