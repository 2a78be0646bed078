package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.PublishedRoutingTest.button;
import static dev.jflet.e2e.PublishedRoutingTest.route;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Offline use and updates of a published site (the Routes demo on a Netlify-like host under /my-repo/): after the
 * first visit the service worker has every file, so reloads and deep links work offline; a redeploy (the Counter
 * demo replacing it) is picked up whole, and the page ends up running only the new version.
 */
class OfflineUpdateTest extends HostedSiteTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Build.class)
    void afterFirstVisit_offline_reloadAndDeepLinkWork(Build build) throws Exception {
        StaticHost host = host(deploy("routes-path", temp.resolve("site")), StaticHost.Kind.NETLIFY, null);
        Page page = newPage(build);
        page.navigate(host.url(""));
        assertThat(route(page)).hasText("Route: /");
        waitUntilOffline();

        page.context().setOffline(true);
        page.reload();
        assertThat(route(page)).hasText("Route: /");
        button(page, "Store item 3").click();
        assertThat(route(page)).hasText("Route: /store?id=3");

        page.navigate(host.url("about"));
        assertThat(route(page)).hasText("Route: /about");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void redeploy_visitAgain_onlyTheNewVersionRuns(Build build) throws Exception {
        Path site = deploy("routes-path", temp.resolve("site"));
        StaticHost host = host(site, StaticHost.Kind.NETLIFY, null);
        Page page = newPage(build);
        page.navigate(host.url(""));
        assertThat(route(page)).hasText("Route: /");
        waitUntilOffline();
        Set<String> oldFiles = files(site);

        deploy("counter-v2", site);
        Set<String> newFiles = files(site);
        page.navigate(host.url(""));

        // The old version starts from the cache, learns the new one is installed, and switches to it.
        assertThat(page.locator("[data-key=counter]")).hasText("0");
        page.reload();
        clearRequests();
        page.reload();
        assertThat(page.locator("[data-key=counter]")).hasText("0");
        assertThat(route(page)).hasCount(0);
        List<String> requested = pageRequests().stream()
                .filter(url -> url.startsWith(host.url("")))
                .map(url -> url.substring(host.url("").length()).replaceAll("[?#].*", ""))
                .filter(path -> !path.isEmpty())
                .toList();
        assertTrue(requested.size() > 3, "expected the app's files among " + requested);
        for (String path : requested) {
            assertTrue(newFiles.contains(path), path + " is not a file of the new version");
        }
        // The loader holds the version's configuration, so a new version always has a new loader.
        String newLoader = newFiles.stream().filter(f -> f.matches("loader\\.[0-9a-f]{12}\\.js")).findFirst()
                .orElseThrow();
        assertTrue(requested.contains(newLoader), "the new version's " + newLoader + " ran: " + requested);
        assertTrue(!oldFiles.contains(newLoader), "the versions differ");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void redeploy_afterTheUserActed_noticeOffersTheNewVersion(Build build) throws Exception {
        Path site = deploy("routes-path", temp.resolve("site"));
        StaticHost host = host(site, StaticHost.Kind.NETLIFY, null);
        Page page = newPage(build);
        page.navigate(host.url(""));
        waitUntilOffline();
        button(page, "About").click();
        assertThat(route(page)).hasText("Route: /about");

        deploy("counter-v2", site);
        page.evaluate("() => navigator.serviceWorker.getRegistration().then(r => r.update())");

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("A new version")))
                .hasText("A new version of Routes is ready.Reload");
        assertThat(route(page)).hasText("Route: /about");
        button(page, "Reload").click();
        assertThat(page.locator("[data-key=counter]")).hasText("0");
    }

    private static Set<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }
}
