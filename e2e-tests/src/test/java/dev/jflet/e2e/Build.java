package dev.jflet.e2e;

import com.microsoft.playwright.BrowserContext;
import java.util.List;

/** Which of the two compiled builds a page runs (docs/architecture.md, "Start-up sequence", step 3). */
public enum Build {
    /** The WasmGC build, which the loader picks by itself in Chromium. */
    WASM("app/classes.wasm", "app/classes.js"),
    /** The JavaScript build, forced with {@code localStorage["jflet.build"] = "js"}. */
    JS("app/classes.js", "app/classes.wasm");

    private final String loadedFile;
    private final String skippedFile;

    Build(String loadedFile, String skippedFile) {
        this.loadedFile = loadedFile;
        this.skippedFile = skippedFile;
    }

    /** Makes every page of {@code context} run this build. */
    public void prepare(BrowserContext context) {
        if (this == JS) {
            context.addInitScript("localStorage.setItem('jflet.build', 'js')");
        }
    }

    /** The app file, relative to an app folder, that this build loads. */
    public String loadedFile() {
        return loadedFile;
    }

    /** Problems with the app files {@code requestedUrls} show, or an empty list when this build alone ran. */
    public List<String> problemsIn(List<String> requestedUrls) {
        boolean loaded = requestedUrls.stream().anyMatch(url -> endsWithFile(url, loadedFile));
        List<String> skipped = requestedUrls.stream().filter(url -> endsWithFile(url, skippedFile)).toList();
        if (!loaded) {
            return List.of(this + " build: " + loadedFile + " was never requested");
        }
        return skipped.stream().map(url -> this + " build: " + skippedFile + " was requested too: " + url).toList();
    }

    private static boolean endsWithFile(String url, String file) {
        int end = url.indexOf('?');
        String path = end < 0 ? url : url.substring(0, end);
        return path.endsWith("/" + file);
    }
}
