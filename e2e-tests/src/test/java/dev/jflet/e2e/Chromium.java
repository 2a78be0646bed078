package dev.jflet.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts the machine's headless Chromium through Playwright, offline (shared/DESIGN.md, "Known recipes"). */
public final class Chromium {
    private static final String EXECUTABLE_PROPERTY = "jflet.chromium";
    private static final String DEFAULT_EXECUTABLE = "/usr/bin/chromium";
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private Chromium() {
    }

    /** A Playwright driver that never tries to download browsers. */
    public static Playwright createPlaywright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Launches headless Chromium from {@value #DEFAULT_EXECUTABLE}, or the {@value #EXECUTABLE_PROPERTY} property. */
    public static Browser launch(Playwright playwright) {
        Path executable = Path.of(System.getProperty(EXECUTABLE_PROPERTY, DEFAULT_EXECUTABLE));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Chromium not found at " + executable
                    + ". Install it (apt-get install -y chromium) or set -D" + EXECUTABLE_PROPERTY + "=<path>.");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(ARGS));
    }
}
