package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Store demo (site/…/store/Store.java) with path routes under /store/: views built from the route, deep links,
 * the app bar's back arrow, the browser's back and forward (view_pop for the top view), settings that ask before
 * discarding changes (can_pop false and on_confirm_pop), and popViewsUntil with a result. Each step checks that the
 * address bar, the view shown and the Java side's own account of the route and the view stack agree.
 */
class StoreTest extends BrowserTest {
    @ParameterizedTest
    @EnumSource(Build.class)
    void deepLink_product_opensOverTheListAndTheBackArrowPopsIt(Build build) {
        Page page = open(build, "/store/products/3");
        assertShows(page, "Burr grinder", "/store/products/3", "route /products/3 · views / › /products/3");
        assertThat(echo(page)).containsText("last view_pop none");

        backArrow(page).click();

        assertShows(page, "Store", "/store/", "route / · views / · last view_pop /products/3");
        assertThat(backArrow(page)).hasCount(0);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void clickProduct_browserBackThenForward_popsAndRestoresTheView(Build build) {
        Page page = open(build, "/store/");
        assertShows(page, "Store", "/store/", "route / · views / · last view_pop none");
        assertThat(backArrow(page)).hasCount(0);

        tile(page, "Espresso cup").click();
        assertShows(page, "Espresso cup", "/store/products/1", "route /products/1 · views / › /products/1");

        page.goBack();
        assertShows(page, "Store", "/store/", "route / · views / · last view_pop /products/1");

        page.goForward();
        assertShows(page, "Espresso cup", "/store/products/1", "route /products/1 · views / › /products/1");

        page.goBack();
        assertShows(page, "Store", "/store/", "route / · views / · last view_pop /products/1");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void appBarBack_thenBrowserBack_returnsToTheProduct(Build build) {
        Page page = open(build, "/store/");
        tile(page, "Pour-over kettle").click();
        assertShows(page, "Pour-over kettle", "/store/products/2", "views / › /products/2");

        backArrow(page).click();
        assertShows(page, "Store", "/store/", "route / · views / · last view_pop /products/2");

        // The back arrow navigated forward to "/", as Flet's view_pop handler does; history goes back through it.
        page.goBack();
        assertShows(page, "Pour-over kettle", "/store/products/2", "route /products/2 · views / › /products/2");
        page.goForward();
        assertShows(page, "Store", "/store/", "route / · views / · last view_pop /products/2");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void settings_unsavedChanges_backAsksThenKeepsOrDiscards(Build build) {
        Page page = open(build, "/store/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Settings").setExact(true)).click();
        assertShows(page, "Settings", "/store/settings", "route /settings · views / › /settings");
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Show prices")).click();
        assertThat(status(page)).hasText("Unsaved changes");

        backArrow(page).click();
        assertThat(discardDialog(page)).isVisible();
        discardDialog(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep editing")).click();
        assertThat(discardDialog(page)).hasCount(0);
        assertShows(page, "Settings", "/store/settings", "route /settings · views / › /settings");

        // The browser's back button asks too, and the address bar keeps the settings' route meanwhile.
        page.goBack();
        assertThat(discardDialog(page)).isVisible();
        assertThat(page).hasURL(siteUrl("/store/settings"));
        assertThat(status(page)).hasText("Unsaved changes");

        discardDialog(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Discard")).click();
        assertShows(page, "Store", "/store/", "route / · views / · last view_pop /settings");
        assertThat(tile(page, "Espresso cup")).containsText("€9");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void settings_saved_browserBackLeavesWithoutAsking(Build build) {
        Page page = open(build, "/store/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Settings").setExact(true)).click();
        assertShows(page, "Settings", "/store/settings", "views / › /settings");
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Show prices")).click();
        assertThat(status(page)).hasText("Unsaved changes");
        button(page, "Save").click();
        assertThat(status(page)).hasText("All changes saved");

        page.goBack();

        assertShows(page, "Store", "/store/", "route / · views / · last view_pop /settings");
        assertThat(discardDialog(page)).hasCount(0);
        assertThat(tile(page, "Espresso cup")).not().containsText("€9");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void addToCart_popViewsUntil_deliversTheResultToTheList(Build build) {
        Page page = open(build, "/store/products/3");
        assertShows(page, "Burr grinder", "/store/products/3", "views / › /products/3");

        button(page, "Add to cart").click();

        assertShows(page, "Store", "/store/", "route / · views / · last view_pop none");
        assertThat(page.locator("[data-key=result]")).hasText("Added Burr grinder · cart: 1");

        tile(page, "Bean canister").click();
        button(page, "Add to cart").click();
        assertThat(page.locator("[data-key=result]")).hasText("Added Bean canister · cart: 2");
        assertShows(page, "Store", "/store/", "route / · views /");
    }

    /** Checks the visible app bar's title, the address bar, and the Java side's echo of route and views. */
    private void assertShows(Page page, String title, String path, String javaEcho) {
        assertThat(page.locator(".flet-appbar h1 >> visible=true")).hasText(title);
        assertThat(page).hasURL(siteUrl(path));
        assertThat(echo(page)).containsText(javaEcho);
    }

    static Locator echo(Page page) {
        return page.locator("[data-key=echo] >> visible=true");
    }

    private static Locator status(Page page) {
        return page.locator("[data-key=settings-status]");
    }

    static Locator backArrow(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back").setExact(true));
    }

    static Locator tile(Page page, String product) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(product));
    }

    static Locator discardDialog(Page page) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Discard changes?"));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
