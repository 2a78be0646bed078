package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How the renderer's modules load: renderer.js and the one chunk it re-exports start() from before first paint, a
 * lazily loaded family, with its stylesheet, only when a control of it first shows, and every module, lazy ones
 * included, evaluates in Chromium. The unit tests run the sources; this catches what bundling can break, such as a
 * helper used before its definition in a chunk.
 */
class RendererChunksTest extends BrowserTest {
    private static final String MODULE_PRELOADS = """
            () => [...document.querySelectorAll('link[rel=modulepreload]')].map(link => link.href)
            """;
    /** Records the computed style of the first Switch input as it enters the page, before anything can restyle it. */
    private static final String WATCH_FIRST_SWITCH = """
            () => { window.firstSwitchStyle = new Promise(resolve => {
                const observer = new MutationObserver(() => {
                    const input = document.querySelector('.flet-switch-input');
                    if (!input) return;
                    observer.disconnect();
                    const style = getComputedStyle(input);
                    resolve([style.width, style.height, style.borderRadius, style.appearance]);
                });
                observer.observe(document.body, {childList: true, subtree: true});
            }); }
            """;

    @Test
    void everyRendererModule_imported_evaluatesWithoutError() throws IOException {
        List<String> modules;
        try (Stream<Path> files = Files.list(SiteServer.publishedSiteDirectory().resolve("counter/chunks"))) {
            modules = files.map(p -> "chunks/" + p.getFileName()).filter(n -> n.endsWith(".js")).sorted().toList();
        }
        assertTrue(modules.size() > 3, "expected split renderer modules: " + modules);
        Page page = open(Build.JS, "/counter/");
        for (String module : modules) {
            Object result = page.evaluate("m => import('./' + m).then(() => 'ok', e => String(e))", module);
            assertEquals("ok", result, module);
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void store_firstPaintLoadsTwoModules_theSwitchesFamilyAndItsStylesheetOnlyWithTheSettingsView(Build build) {
        Page page = open(build, "/store/");
        assertThat(page.locator(".flet-appbar h1 >> visible=true")).hasText("Store");

        List<?> preloads = (List<?>) page.evaluate(MODULE_PRELOADS);
        assertEquals(2, preloads.size(), preloads.toString());
        // The loader preloads them once it started the app's downloads.
        assertTrue(((String) preloads.get(0)).matches(".*/store/renderer\\.[0-9a-f]{12}\\.js"), preloads.toString());
        assertTrue(((String) preloads.get(1)).matches(".*/store/chunks/main-[0-9a-f]{8}\\.js"), preloads.toString());
        assertEquals(List.of(preloads.get(1)), chunkRequests(), "chunks before first use");

        page.evaluate(WATCH_FIRST_SWITCH);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Settings").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Show prices"))).isVisible();
        List<String> chunks = chunkRequests();
        assertEquals(3, chunks.size(), chunks.toString());
        assertEquals(1, chunks.stream().filter(url -> url.matches(".*/store/chunks/inputs-[0-9a-f]{8}\\.js")).count(),
                chunks.toString());
        assertEquals(1, chunks.stream().filter(url -> url.matches(".*/store/chunks/inputs-[0-9a-f]{8}\\.css"))
                .count(), chunks.toString());
        // Only the family's stylesheet draws the input as a 52 × 32 track with round ends, and it already did
        // when the Switch first entered the page (a bare checkbox input is 13px square).
        assertEquals(List.of("52px", "32px", "16px", "none"), page.evaluate("() => window.firstSwitchStyle"));
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void hello_firstPaint_requestsNoFamilyOrPaletteStylesheet(Build build) {
        Page page = open(build, "/hello/");
        assertThat(page.locator("[data-key=hello]")).hasText("Hello, world!");

        List<String> stylesheets = recorded().requests().stream().filter(url -> url.endsWith(".css")).toList();
        assertEquals(1, stylesheets.size(), stylesheets.toString());
        assertTrue(stylesheets.get(0).matches(".*/hello/style\\.[0-9a-f]{12}\\.css"), stylesheets.toString());
        assertEquals(List.of(), chunkRequests().stream().filter(url -> url.endsWith(".css")).toList());
    }

    /** The renderer chunks the page has requested so far, in order. */
    private List<String> chunkRequests() {
        return recorded().requests().stream().filter(url -> url.contains("/chunks/")).toList();
    }
}
