package dev.jflet.site.store;

import java.util.List;
import java.util.Optional;

/** The store's products. */
final class Catalog {
    /** One product: its id in the route, name, price and description. */
    record Product(String id, String name, String price, String description) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("1", "Espresso cup", "€9", "A thick porcelain cup that keeps a double shot warm."),
            new Product("2", "Pour-over kettle", "€45", "A gooseneck kettle for a slow, even pour."),
            new Product("3", "Burr grinder", "€120", "Forty grind settings, from Turkish to French press."),
            new Product("4", "Bean canister", "€18", "Keeps a week of beans away from air and light."));

    private Catalog() {
    }

    /** The product with {@code id}, if there is one. */
    static Optional<Product> find(String id) {
        return PRODUCTS.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
