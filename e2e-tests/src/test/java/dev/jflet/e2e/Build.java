package dev.jflet.e2e;

import com.microsoft.playwright.BrowserContext;
import java.util.List;
import java.util.regex.Pattern;

/** Which of the two compiled builds a page runs (docs/architecture.md, "Start-up sequence", step 3). */
public enum Build {
    /** The WasmGC build, which the loader picks by itself in Chromium. */
    WASM("wasm", "js"),
    /** The JavaScript build, forced with {@code localStorage["jflet.build"] = "js"}. */
    JS("js", "wasm");

    private final Pattern loadedFile;
    private final Pattern skippedFile;

    Build(String loadedExtension, String skippedExtension) {
        this.loadedFile = appFile(loadedExtension);
        this.skippedFile = appFile(skippedExtension);
    }

    /** The compiled app's file with a content hash in its name: app/classes.0123456789ab.wasm. */
    private static Pattern appFile(String extension) {
        return Pattern.compile("app/classes\\.[0-9a-f]{12}\\." + extension);
    }

    /** Makes every page of {@code context} run this build. */
    public void prepare(BrowserContext context) {
        if (this == JS) {
            context.addInitScript("localStorage.setItem('jflet.build', 'js')");
        }
    }

    /** The app file, relative to an app folder, that this build loads, as a pattern of its hashed name. */
    public Pattern loadedFile() {
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

    private static boolean endsWithFile(String url, Pattern file) {
        int end = url.indexOf('?');
        String path = end < 0 ? url : url.substring(0, end);
        int app = path.lastIndexOf("/app/");
        return app >= 0 && file.matcher(path.substring(app + 1)).matches();
    }
}
