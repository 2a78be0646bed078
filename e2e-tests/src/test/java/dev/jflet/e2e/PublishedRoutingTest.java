package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.jflet.host.PreviewServer;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Routes demo published under /my-repo/: deep links load the app at their route, buttons push routes, and the
 * browser's back and forward move between them. Path routes on GitHub Pages (through the generated 404.html), on
 * Netlify (through the generated _redirects) and with jflet:serve; hash routes on a host with no fallback at all.
 */
class PublishedRoutingTest extends HostedSiteTest {
    @TempDir
    Path temp;

    /** The hosts path routing must work on, each serving a folder under /my-repo/ and giving a URL below it. */
    enum PathHost {
        GITHUB_PAGES, NETLIFY, JFLET_SERVE
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void pathRoutes_onGitHubPages_deepLinkAndBackForward(Build build) throws Exception {
        checkPathRoutes(build, PathHost.GITHUB_PAGES);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void pathRoutes_onNetlify_deepLinkAndBackForward(Build build) throws Exception {
        checkPathRoutes(build, PathHost.NETLIFY);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void pathRoutes_withJfletServe_deepLinkAndBackForward(Build build) throws Exception {
        checkPathRoutes(build, PathHost.JFLET_SERVE);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void hashRoutes_onAHostWithoutFallback_deepLinkAndBackForward(Build build) throws Exception {
        StaticHost host = host(deploy("routes-hash", temp.resolve("site")), StaticHost.Kind.PLAIN, null);
        Page page = newPage(build);

        page.navigate(host.url("#/store?id=3"));
        assertThat(route(page)).hasText("Route: /store?id=3");

        button(page, "About").click();
        assertThat(route(page)).hasText("Route: /about");
        assertThat(page).hasURL(host.url("#/about"));

        page.goBack();
        assertThat(route(page)).hasText("Route: /store?id=3");
        assertThat(page).hasURL(host.url("#/store?id=3"));
        page.goForward();
        assertThat(route(page)).hasText("Route: /about");

        button(page, "Home").click();
        assertThat(route(page)).hasText("Route: /");
        assertThat(page).hasURL(host.url("#/"));
    }

    private void checkPathRoutes(Build build, PathHost kind) throws Exception {
        Path site = deploy("routes-path", temp.resolve("site"));
        Function<String, String> url;
        if (kind == PathHost.JFLET_SERVE) {
            PreviewServer server = PreviewServer.start(site, "127.0.0.1", 0, BASE);
            closeAfter(server);
            url = path -> server.uri() + path;
        } else {
            StaticHost host = host(site, kind == PathHost.GITHUB_PAGES ? StaticHost.Kind.GITHUB_PAGES
                    : StaticHost.Kind.NETLIFY, null);
            url = host::url;
        }
        Page page = newPage(build);
        if (kind == PathHost.GITHUB_PAGES) {
            // GitHub Pages answers a deep link with 404.html and status 404; Chromium logs the status.
            expectConsoleError("404");
        }

        page.navigate(url.apply("store?id=3"));
        assertThat(route(page)).hasText("Route: /store?id=3");

        button(page, "About").click();
        assertThat(route(page)).hasText("Route: /about");
        assertThat(page).hasURL(url.apply("about"));

        page.goBack();
        assertThat(route(page)).hasText("Route: /store?id=3");
        assertThat(page).hasURL(url.apply("store?id=3"));
        page.goForward();
        assertThat(route(page)).hasText("Route: /about");
        assertThat(page).hasURL(url.apply("about"));

        button(page, "Home").click();
        assertThat(route(page)).hasText("Route: /");
        assertThat(page).hasURL(url.apply(""));
    }

    static Locator route(Page page) {
        return page.locator("[data-key=route]");
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
