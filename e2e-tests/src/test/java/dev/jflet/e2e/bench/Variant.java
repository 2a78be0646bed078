package dev.jflet.e2e.bench;

import com.microsoft.playwright.BrowserContext;
import dev.jflet.e2e.Build;
import java.util.List;
import java.util.Optional;

/** What a benchmark runs: a published jflet app with either build, or the hand-written vanilla page beside it. */
enum Variant {
    JFLET_WASM("jflet, WasmGC build", Optional.of(Build.WASM)),
    JFLET_JS("jflet, JS build (forced)", Optional.of(Build.JS)),
    VANILLA("vanilla JS", Optional.empty());

    private final String label;
    private final Optional<Build> build;

    Variant(String label, Optional<Build> build) {
        this.label = label;
        this.build = build;
    }

    String label() {
        return label;
    }

    /** The page of {@code app} (a folder name of the demo site) for this variant, on the {@link BenchSite}. */
    String path(String app) {
        return build.isPresent() ? "/" + app + "/" : "/" + BenchSite.vanillaFolderName(app) + "/";
    }

    void prepare(BrowserContext context) {
        build.ifPresent(b -> b.prepare(context));
    }

    /** Why the loaded URLs show another build than this variant's, if they do. */
    Optional<String> buildProblem(List<String> urls) {
        return build.flatMap(b -> b.problemsIn(urls).stream().findFirst());
    }
}
