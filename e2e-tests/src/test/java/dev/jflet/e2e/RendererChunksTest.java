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
 * lazily loaded family only when a control of it first shows, and every module, lazy ones included, evaluates in
 * Chromium. The unit tests run the sources; this catches what bundling can break, such as a helper used before its
 * definition in a chunk.
 */
class RendererChunksTest extends BrowserTest {
    private static final String MODULE_PRELOADS = """
            () => [...document.querySelectorAll('link[rel=modulepreload]')].map(link => link.href)
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
    void store_firstPaintLoadsTwoModules_theSwitchesFamilyOnlyWithTheSettingsView(Build build) {
        Page page = open(build, "/store/");
        assertThat(page.locator(".flet-appbar h1 >> visible=true")).hasText("Store");

        List<?> preloads = (List<?>) page.evaluate(MODULE_PRELOADS);
        assertEquals(2, preloads.size(), preloads.toString());
        // The loader preloads them once it started the app's downloads.
        assertTrue(((String) preloads.get(0)).matches(".*/store/renderer\\.[0-9a-f]{12}\\.js"), preloads.toString());
        assertTrue(((String) preloads.get(1)).matches(".*/store/chunks/main-[0-9a-f]{8}\\.js"), preloads.toString());
        assertEquals(List.of(preloads.get(1)), chunkRequests(), "chunks before first use");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Settings").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Show prices"))).isVisible();
        List<String> chunks = chunkRequests();
        assertEquals(2, chunks.size(), chunks.toString());
        assertTrue(chunks.get(1).matches(".*/store/chunks/inputs-[0-9a-f]{8}\\.js"), chunks.toString());
    }

    /** The renderer chunks the page has requested so far, in order. */
    private List<String> chunkRequests() {
        return recorded().requests().stream().filter(url -> url.contains("/chunks/")).toList();
    }
}
