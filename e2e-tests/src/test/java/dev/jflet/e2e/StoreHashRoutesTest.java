package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Store demo published with hash routes under /my-repo/ on a host with no fallback: the view stack, the address
 * bar (/my-repo/#/products/3) and the browser's history agree as they do with path routes.
 */
class StoreHashRoutesTest extends HostedSiteTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Build.class)
    void hashRoutes_deepLinkBackArrowAndHistory_keepViewsAndAddressInStep(Build build) throws Exception {
        StaticHost host = host(deploy("store-hash", temp.resolve("site")), StaticHost.Kind.PLAIN, null);
        Page page = newPage(build);

        page.navigate(host.url("#/products/3"));
        assertShows(page, host, "Burr grinder", "#/products/3", "route /products/3 · views / › /products/3");

        StoreTest.backArrow(page).click();
        assertShows(page, host, "Store", "#/", "route / · views / · last view_pop /products/3");

        StoreTest.tile(page, "Espresso cup").click();
        assertShows(page, host, "Espresso cup", "#/products/1", "route /products/1 · views / › /products/1");

        page.goBack();
        assertShows(page, host, "Store", "#/", "route / · views / · last view_pop /products/1");
        page.goForward();
        assertShows(page, host, "Espresso cup", "#/products/1", "route /products/1 · views / › /products/1");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void hashRoutes_unsavedSettings_browserBackAsksAndKeepsTheAddress(Build build) throws Exception {
        StaticHost host = host(deploy("store-hash", temp.resolve("site")), StaticHost.Kind.PLAIN, null);
        Page page = newPage(build);
        page.navigate(host.url("#/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Settings").setExact(true)).click();
        assertShows(page, host, "Settings", "#/settings", "views / › /settings");
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Show prices")).click();

        page.goBack();
        assertThat(StoreTest.discardDialog(page)).isVisible();
        assertThat(page).hasURL(host.url("#/settings"));

        StoreTest.discardDialog(page).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Discard")).click();
        assertShows(page, host, "Store", "#/", "route / · views / · last view_pop /settings");
    }

    private static void assertShows(Page page, StaticHost host, String title, String hash, String javaEcho) {
        assertThat(page.locator(".flet-appbar h1 >> visible=true")).hasText(title);
        assertThat(page).hasURL(host.url(hash));
        assertThat(StoreTest.echo(page)).containsText(javaEcho);
    }
}
