package dev.jflet.e2e.bench;

import com.microsoft.playwright.BrowserContext;
import dev.jflet.e2e.Build;
import java.util.List;
import java.util.Optional;

/** A page the start-up benchmark loads: the counter demo with either build, or the hand-written vanilla page. */
enum Variant {
    JFLET_WASM("jflet counter, WasmGC build", "/counter/", Optional.of(Build.WASM)),
    JFLET_JS("jflet counter, JS build (forced)", "/counter/", Optional.of(Build.JS)),
    VANILLA("vanilla JS counter", "/vanilla/", Optional.empty());

    private final String label;
    private final String path;
    private final Optional<Build> build;

    Variant(String label, String path, Optional<Build> build) {
        this.label = label;
        this.path = path;
        this.build = build;
    }

    String label() {
        return label;
    }

    String path() {
        return path;
    }

    void prepare(BrowserContext context) {
        build.ifPresent(b -> b.prepare(context));
    }

    /** Why the loaded URLs show another build than this variant's, if they do. */
    Optional<String> buildProblem(List<String> urls) {
        return build.flatMap(b -> b.problemsIn(urls).stream().findFirst());
    }
}
