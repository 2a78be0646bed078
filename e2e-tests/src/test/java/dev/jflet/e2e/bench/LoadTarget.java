package dev.jflet.e2e.bench;

/** A page the start-up benchmark loads: one demo app as one variant (the vanilla variant is its vanilla page). */
record LoadTarget(String app, Variant variant) {
    String label() {
        return app + ", " + variant.label();
    }

    String path() {
        return variant.path(app);
    }
}
