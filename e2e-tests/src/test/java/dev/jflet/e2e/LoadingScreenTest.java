package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.PublishedRoutingTest.route;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a visitor sees before the app runs: download progress, and a clear message when it cannot run. */
class LoadingScreenTest extends HostedSiteTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Build.class)
    void download_inProgress_barShowsTheBuildsProgress(Build build) throws Exception {
        Path site = deploy("routes-path", temp.resolve("site"));
        StaticHost host = host(site, StaticHost.Kind.NETLIFY, null);
        Page page = newPage(build);
        List<Route> held = new ArrayList<>();
        String extension = build == Build.WASM ? ".wasm" : ".js";
        // The build's first download waits until the bar was checked; any later request passes.
        page.route(url -> url.matches(".*/app/classes\\.[0-9a-f]{12}\\" + extension), request -> {
            if (held.isEmpty()) {
                held.add(request);
            } else {
                request.resume();
            }
        });

        page.navigate(host.url(""));
        page.waitForCondition(() -> !held.isEmpty());

        if (build == Build.WASM) {
            // The binary is downloaded with progress events: the bar spans its bytes.
            Path file = site.resolve(held.get(0).request().url().substring(host.url("").length()));
            assertThat(page.locator(".jflet-loading progress")).hasAttribute("max", String.valueOf(Files.size(file)));
        } else {
            // The JavaScript build is imported as it arrives, which reports no progress: the bar shows no amount.
            assertEquals(-1.0, ((Number) page.locator(".jflet-loading progress")
                    .evaluate("bar => bar.position")).doubleValue());
        }
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Loading Routes…");
        held.get(0).resume();
        assertThat(route(page)).hasText("Route: /");
        assertThat(page.locator(".jflet-loading")).hasCount(0);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void buildDownload_stylesheetsStillLoading_startsWithoutWaitingForThem(Build build) throws Exception {
        StaticHost host = host(deploy("routes-path", temp.resolve("site")), StaticHost.Kind.NETLIFY, null);
        Page page = newPage(build);
        List<Route> stylesheets = new ArrayList<>();
        // The stylesheet is held back; scripts that wait for stylesheets (defer, or a module without async) would
        // wait for it, and the build's download would never start.
        page.route(url -> url.matches(".*/style\\.[0-9a-f]{12}\\.css"), stylesheets::add);
        List<String> downloads = new ArrayList<>();
        String file = ".*/app/classes\\.[0-9a-f]{12}\\" + (build == Build.WASM ? ".wasm" : ".js");
        page.onRequest(request -> {
            if (request.url().matches(file)) {
                downloads.add(request.url());
            }
        });

        page.navigate(host.url(""), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        page.waitForCondition(() -> !downloads.isEmpty());

        assertEquals(1, stylesheets.size(), "the stylesheet is still on its way");
        stylesheets.get(0).resume();
        assertThat(route(page)).hasText("Route: /");
        assertThat(page.locator(".jflet-loading")).hasCount(0);
    }

    @Test
    void browserWithoutWeakRef_showsWhatIsMissing() throws Exception {
        StaticHost host = host(deploy("routes-path", temp.resolve("site")), StaticHost.Kind.NETLIFY, null);
        Page page = newPage(Build.WASM);
        expectNoBuild();
        page.addInitScript("delete window.WeakRef; delete window.FinalizationRegistry;");

        page.navigate(host.url(""));

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("This browser cannot run Routes"
                + "It lacks WeakRef, FinalizationRegistry."
                + "Open this page in a current version of Chrome, Edge, Firefox or Safari (2021 or later).");
        assertThat(page.locator(".jflet-loading")).hasCount(0);
    }

    @Test
    void loaderThatCannotBeDownloaded_isNamedInsteadOfABlankPage() throws Exception {
        StaticHost host = host(deploy("routes-path", temp.resolve("site")), StaticHost.Kind.NETLIFY, null);
        Page page = newPage(Build.WASM);
        expectNoBuild();
        expectConsoleError("net::ERR_FAILED");
        page.route(url -> url.matches(".*/loader\\.[0-9a-f]{12}\\.js"), Route::abort);

        page.navigate(host.url(""));

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("This app could not start");
        assertEquals(true, ((String) page.getByRole(AriaRole.ALERT).textContent())
                .matches(".*Downloading loader\\.[0-9a-f]{12}\\.js failed\\..*"));
    }
}
