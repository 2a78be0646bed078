package dev.jflet.core;

import java.util.Optional;

/** {@link Page#popViewsUntil} reached its view: the route, the result it delivers, and the view now on top. */
public final class ViewsPopUntilEvent extends Event<Page> {
    private final String route;
    private final Object result;
    private final View view;

    ViewsPopUntilEvent(Page page, String route, Object result, View view) {
        super(page, "views_pop_until", null, page);
        this.route = route;
        this.result = result;
        this.view = view;
    }

    /** The route popped back to. */
    public String route() {
        return route;
    }

    /** The result given to {@code popViewsUntil}, if any. */
    public Optional<Object> result() {
        return Optional.ofNullable(result);
    }

    /** The view with that route, now on top. */
    public View view() {
        return view;
    }
}
