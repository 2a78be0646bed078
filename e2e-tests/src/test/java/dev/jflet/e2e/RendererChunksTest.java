package dev.jflet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module of the renderer, including the families loaded only when a control needs them,
 * evaluates in Chromium. The unit tests run the sources; this catches what bundling can break, such
 * as a helper used before its definition in a split chunk.
 */
class RendererChunksTest extends BrowserTest {

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
}
