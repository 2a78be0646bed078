package dev.jflet.e2e.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.ServiceWorkerPolicy;

/** Settings every benchmark page shares. */
final class Bench {
    /**
     * Fresh contexts without service workers: a published app's worker precaches the whole site after the first
     * paint, which would compete with the measurements of the jflet pages only.
     */
    static final Browser.NewContextOptions CONTEXT =
            new Browser.NewContextOptions().setServiceWorkers(ServiceWorkerPolicy.BLOCK);

    private Bench() {
    }
}
