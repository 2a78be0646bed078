package dev.jflet.e2e.docs;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ScreenshotAnimations;
import dev.jflet.e2e.Chromium;
import dev.jflet.e2e.SiteServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the documentation's pictures of the controls gallery, {@code gallery-light.png} and {@code gallery-dark.png}:
 * its first sections at 1200 x 900, in the light and the dark theme (the gallery follows the system's). Not a test:
 * run it with {@code mvn -B verify -pl e2e-tests -am -Pscreenshots -DskipTests}, then commit the pictures.
 */
public final class GalleryScreenshots {
    private static final String OUTPUT_PROPERTY = "jflet.screenshots.dir";
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 900;

    private GalleryScreenshots() {
    }

    public static void main(String[] args) throws IOException {
        String configured = System.getProperty(OUTPUT_PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("System property " + OUTPUT_PROPERTY + " is not set: run through Maven"
                    + " with -Pscreenshots, which points it at docs/images.");
        }
        Path output = Path.of(configured);
        Files.createDirectories(output);
        try (SiteServer server = SiteServer.startPublishedSite(); Playwright playwright = Chromium.createPlaywright()) {
            Browser browser = Chromium.launch(playwright);
            for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
                Path file = output.resolve("gallery-" + scheme.name().toLowerCase() + ".png");
                shoot(browser, server.url("/gallery/"), scheme, file);
                System.out.println("Wrote " + file + " (" + Files.size(file) + " bytes)");
            }
        }
    }

    private static void shoot(Browser browser, String url, ColorScheme scheme, Path file) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(WIDTH, HEIGHT).setDeviceScaleFactor(1).setColorScheme(scheme))) {
            Page page = context.newPage();
            page.navigate(url);
            page.locator("[data-key=buttons-status]").waitFor();
            // Fonts and the lazily loaded icon tables, so no glyph shows as its ligature text.
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.evaluate("() => document.fonts.ready.then(() => true)");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setAnimations(ScreenshotAnimations.DISABLED));
        }
    }
}
