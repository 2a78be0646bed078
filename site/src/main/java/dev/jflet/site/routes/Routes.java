package dev.jflet.site.routes;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import java.util.Map;

/** Routes: the page shows its route; buttons navigate, and deep links and the browser's back and forward work. */
public final class Routes {
    private Routes() {
    }

    public static void main(String[] args) {
        Jflet.run(Routes::app);
    }

    /** Builds the page: the route, and one button per destination; each route change updates the text. */
    public static void app(Page page) {
        page.title("Routes");
        Text route = new Text(describe(page.route())).key("route").size(24);
        page.onRouteChange(e -> route.value(describe(e.route())));
        page.add(route, new Row(
                new Button("Home", e -> page.pushRoute("/")),
                new Button("Store item 3", e -> page.pushRoute("/store", Map.of("id", "3"))),
                new Button("About", e -> page.pushRoute("/about"))));
    }

    static String describe(String route) {
        return "Route: " + route;
    }
}
