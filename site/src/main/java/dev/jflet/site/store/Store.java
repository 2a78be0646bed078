package dev.jflet.site.store;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Event;
import dev.jflet.core.Page;
import dev.jflet.core.TemplateRoute;
import dev.jflet.core.View;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.AlertDialog;
import dev.jflet.core.controls.material.AppBar;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.FilledButton;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.controls.material.ListTile;
import dev.jflet.core.controls.material.Switch;
import dev.jflet.core.controls.material.TextButton;
import dev.jflet.core.types.Icons;
import dev.jflet.site.store.Catalog.Product;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Store: Flet's routing example as a small shop. The view stack is built from the route: the product list at
 * {@code /}, a product pushed on top of it at {@code /products/<id>}, and the settings at {@code /settings}, which ask
 * "Discard changes?" before the back button leaves them with unsaved changes. Adding a product to the cart pops back
 * to the list with a result. A line at the bottom echoes what the Java side knows: the route and the view stack.
 */
public final class Store {
    private final Page page;
    private String resultText = "Cart is empty";
    private Text result;
    private int cart;
    private String lastPop = "none";
    private boolean showPrices = true;

    private Store(Page page) {
        this.page = page;
    }

    public static void main(String[] args) {
        Jflet.run(Store::app);
    }

    /** Builds the views for the route the app opened at and follows every route change and back button. */
    public static void app(Page page) {
        Store store = new Store(page);
        page.title("Store");
        page.onRouteChange(e -> store.showRoute());
        page.onViewPop(e -> {
            store.lastPop = e.route();
            if (e.view().isPresent()) {
                page.views().remove(e.view().get());
                page.pushRoute(page.views().get(page.views().size() - 1).route());
            }
        });
        page.onViewsPopUntil(e -> {
            store.resultText = String.valueOf(e.result().orElse(""));
            store.result.value(store.resultText);
        });
        store.showRoute();
    }

    /** Rebuilds the view stack from the route: the list, then the product or the settings on top of it. */
    private void showRoute() {
        List<View> views = page.views();
        views.clear();
        views.add(home());
        TemplateRoute route = new TemplateRoute(page.route());
        if (route.match("/products/:id")) {
            views.add(Catalog.find(route.param("id").orElseThrow()).map(this::product).orElseGet(this::notFound));
        } else if (route.match("/settings")) {
            views.add(new Settings().view);
        }
        String stack = views.stream().map(View::route).collect(Collectors.joining(" › "));
        views.get(views.size() - 1).controls().add(new Text("Java: route " + page.route() + " · views " + stack
                + " · last view_pop " + lastPop).key("echo"));
        page.update();
    }

    private View home() {
        AppBar bar = new AppBar("Store");
        bar.actions().add(new IconButton(Icons.SETTINGS, e -> page.pushRoute("/settings")).tooltip("Settings"));
        View view = new View("/").appbar(bar);
        result = new Text(resultText).key("result");
        view.controls().add(result);
        for (Product p : Catalog.PRODUCTS) {
            ListTile tile = new ListTile(p.name()).leading(Icons.STOREFRONT)
                    .onClick(e -> page.pushRoute("/products/" + p.id()));
            if (showPrices) {
                tile.subtitle(p.price());
            }
            view.controls().add(tile);
        }
        return view;
    }

    private View product(Product p) {
        return new View("/products/" + p.id(),
                new Text(p.description()),
                new Text(showPrices ? p.price() : "").size(20),
                new FilledButton("Add to cart", e -> {
                    cart++;
                    page.popViewsUntil("/", "Added " + p.name() + " · cart: " + cart);
                }))
                .appbar(new AppBar(p.name()));
    }

    private View notFound() {
        return new View(page.route(), new Text("No such product.")).appbar(new AppBar("Not found"));
    }

    /** The settings view: a switch saved with Save; leaving with unsaved changes asks first. */
    private final class Settings {
        final Switch prices = new Switch("Show prices").value(showPrices);
        final Text status = new Text("All changes saved").key("settings-status");
        final View view = new View("/settings").appbar(new AppBar("Settings")).canPop(false);

        Settings() {
            prices.onChange(e -> status.value(unsaved() ? "Unsaved changes" : "All changes saved"));
            view.controls().addAll(List.of(prices, status, new Row(new Button("Save", e -> {
                showPrices = prices.value();
                status.value("All changes saved");
            }))));
            view.onConfirmPop(this::confirmLeave);
        }

        boolean unsaved() {
            return prices.value() != showPrices;
        }

        /** The user pressed back: leaves at once when everything is saved, else asks "Discard changes?". */
        void confirmLeave(Event<View> e) {
            if (!unsaved()) {
                view.confirmPop(true);
                return;
            }
            AlertDialog ask = new AlertDialog().modal(true).title("Discard changes?")
                    .content(new Text("The settings have unsaved changes."));
            ask.actions(new TextButton("Keep editing", x -> {
                page.popDialog();
                view.confirmPop(false);
            }), new TextButton("Discard", x -> {
                page.popDialog();
                view.confirmPop(true);
            }));
            page.showDialog(ask);
        }
    }
}
