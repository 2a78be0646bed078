package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteAssemblerTest {
    private static final byte[] FONT = {0x77, 0x4f, 0x46, 0x32, 0x00, (byte) 0xff, 0x10};

    @TempDir
    Path temp;

    private Path site;
    private List<String> written;

    @BeforeEach
    void assemble() throws Exception {
        Path classes = temp.resolve("classes");
        writeFile(classes.resolve(RendererResources.PREFIX + "renderer.js"), "export function start() {}\n");
        writeFile(classes.resolve(RendererResources.PREFIX + "renderer.css"), "body{}\n");
        writeFile(classes.resolve(RendererResources.PREFIX + "chunks/inputs-0123abcd.css"), ".flet-toggle{}\n");
        writeFile(classes.resolve(RendererResources.PREFIX + "icons/material.json"), "{\"e000\":\"add\"}\n");
        Files.createDirectories(classes.resolve(RendererResources.PREFIX + "fonts"));
        Files.write(classes.resolve(RendererResources.PREFIX + "fonts/roboto.woff2"), FONT);
        Path jar = temp.resolve("renderer.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            putEntry(out, RendererResources.PREFIX + "renderer.js", "shadowed by the directory\n");
            putEntry(out, RendererResources.PREFIX + "icons/cupertino.json", "{}\n");
            putEntry(out, "META-INF/other.txt", "not the renderer\n");
        }
        PublishOptions options = PublishOptions.of("com.example.Counter", "Counter & <Co>", "Counter",
                "Counts \"up\" and down", "apps/counter", "hash", null, null);
        site = temp.resolve("site");
        // The smallest valid WebAssembly module (no @JSBody) and a JavaScript build stand in for TeaVM's output.
        Files.createDirectories(site.resolve("app"));
        Files.write(site.resolve("app/classes.wasm"), new byte[] {0, 0x61, 0x73, 0x6d, 1, 0, 0, 0});
        Files.writeString(site.resolve("app/classes.js"), "export function main() {}\n");
        URL[] path = {classes.toUri().toURL(), jar.toUri().toURL()};
        try (URLClassLoader loader = new URLClassLoader(path, null)) {
            written = new SiteAssembler(loader).assemble(options, site);
        }
    }

    @Test
    void assemble_writesEveryFileWithHashedNamesForWhatIndexOrLoaderName() {
        List<String> expected = List.of(".nojekyll", "404.html", "_headers", "_redirects", "app/classes.H.js",
                "app/classes.H.wasm", "app/classes.wasm-jsbodies.H.js", "app/classes.wasm-runtime.H.js",
                "chunks/inputs-0123abcd.css", "favicon.svg", "fonts/roboto.woff2", "icons/cupertino.json",
                "icons/material.json", "index.html", "loader.H.js", "manifest.webmanifest", "offline.H.js",
                "pwa-icons/icon-192.png", "pwa-icons/icon-512.png", "renderer.H.js", "style.H.css", "support.H.js",
                "sw.js");

        assertEquals(expected, written.stream().map(f -> f.replaceAll("\\.[0-9a-f]{12}\\.", ".H.")).sorted().toList());
    }

    @Test
    void staticImports_ofASplitRenderer_areListedInOrder() {
        assertEquals(List.of("chunks/a-0123abcd.js", "chunks/b-0123abcd.js"), SiteAssembler.staticImports(
                "import{a as x}from\"./chunks/a-0123abcd.js\";import\"./chunks/b-0123abcd.js\";"
                        + "var y=import(\"./chunks/lazy.js\");"));
        assertEquals(List.of(), SiteAssembler.staticImports("export function start() {}\n"));
    }

    @Test
    void staticImports_ofAnEntryThatReExportsItsChunk_listTheChunk() {
        assertEquals(List.of("chunks/main-0123abcd.js"),
                SiteAssembler.staticImports("export{E as start}from\"./chunks/main-0123abcd.js\";"));
        assertEquals(List.of("chunks/main-0123abcd.js"),
                SiteAssembler.staticImports("import{E as a}from\"./chunks/main-0123abcd.js\";export{a as start};"));
        assertEquals(List.of("chunks/a.js", "chunks/b.js", "chunks/c.js"), SiteAssembler.staticImports(
                "export*from\"./chunks/a.js\";import*as x from\"./chunks/b.js\";export * as y from \"./chunks/c.js\";"));
        assertEquals(List.of(), SiteAssembler.staticImports("export{a as start};import\"./chunks/late.js\";"));
    }

    @Test
    void loader_preloadsTheRenderersModules_indexHtmlNone() throws IOException {
        String loader = Files.readString(site.resolve(hashed("loader", ".js")));

        // The fixture's renderer.js imports nothing; a split one adds its chunks (staticImports).
        assertTrue(loader.contains("const RENDERER_MODULES = [\"" + hashed("renderer", ".js") + "\"];"), loader);
        assertFalse(Files.readString(site.resolve("index.html")).contains("preload"),
                "index.html requests nothing that the loader's request could queue behind");
    }

    @Test
    void favicon_isLinkedAndUsesTheThemeColor() throws IOException {
        assertTrue(Files.readString(site.resolve("index.html"))
                .contains("<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">"));
        assertTrue(Files.readString(site.resolve("favicon.svg")).contains("fill=\"#0175c2\""),
                Files.readString(site.resolve("favicon.svg")));
    }

    @Test
    void rendererFiles_copiedVerbatim_firstClassPathEntryWins() throws IOException {
        assertEquals("export function start() {}\n", Files.readString(site.resolve(hashed("renderer", ".js"))));
        assertArrayEquals(FONT, Files.readAllBytes(site.resolve("fonts/roboto.woff2")));
        assertEquals("{}\n", Files.readString(site.resolve("icons/cupertino.json")));
        assertFalse(Files.exists(site.resolve("other.txt")));
    }

    @Test
    void indexHtml_isStaticWithNoInlineScriptOrStyle() throws IOException {
        String html = Files.readString(site.resolve("index.html"));

        assertTrue(html.contains("<base href=\"/apps/counter/\">"), html);
        assertTrue(html.contains("<title>Counter &amp; &lt;Co&gt;</title>"), html);
        assertTrue(html.contains("<meta name=\"description\" content=\"Counts &quot;up&quot; and down\">"), html);
        assertEquals(1, html.split("<link rel=\"stylesheet\"").length - 1, "one stylesheet: " + html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"" + hashed("style", ".css") + "\">"), html);
        assertFalse(html.contains("rel=\"preload\""), "the configuration is in the loader: " + html);
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;self&#39;;"
                + " script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;; style-src &#39;self&#39;\">"), html);
        assertTrue(html.contains("<link rel=\"manifest\" href=\"manifest.webmanifest\">"), html);
        assertTrue(html.contains("<div id=\"app\">"), html);
        assertTrue(html.contains("<div class=\"jflet-loading\" role=\"status\" aria-live=\"polite\">"), html);
        assertTrue(html.contains("<noscript>"), html);
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (scripts.find()) {
            found.add(scripts.group(1));
            assertEquals("", scripts.group(2));
        }
        // The loader is requested first and runs as soon as it arrives, not after the stylesheets as a deferred
        // script would; support.js runs once the page is parsed, before the loader runs the app.
        assertEquals(List.of(" type=\"module\" async src=\"" + hashed("loader", ".js") + "\"",
                " defer src=\"" + hashed("support", ".js") + "\""), found);
        assertTrue(html.indexOf("<script") < html.indexOf("<link rel=\"stylesheet\""), html);
        assertEquals(html, Files.readString(site.resolve("404.html")));
        assertFalse(html.contains("<style"), html);
        assertFalse(Pattern.compile("\\sstyle=").matcher(html).find(), html);
        assertFalse(Pattern.compile("\\son[a-z]+=").matcher(html).find(), html);
        assertFalse(html.contains("{{"), html);
        assertFalse(html.contains("<!--"), "the template's comments are for its readers: " + html);
    }

    @Test
    void config_inTheLoader_namesTheHashedAppFilesAndTheirSizes() throws IOException {
        String loader = Files.readString(site.resolve(hashed("loader", ".js")));
        Matcher literal = Pattern.compile("const CONFIG = (\\{.*?});\n").matcher(loader);
        assertTrue(literal.find(), loader);
        Map<String, Object> config = JSON.std.mapFrom(literal.group(1));

        String wasm = hashed("app/classes", ".wasm");
        String js = hashed("app/classes", ".js");
        assertEquals(Map.of(
                "app", Map.of(
                        "name", "Counter & <Co>", "shortName", "Counter", "description", "Counts \"up\" and down"),
                "wasm", wasm,
                "wasmRuntime", hashed("app/classes.wasm-runtime", ".js"),
                "wasmBodies", hashed("app/classes.wasm-jsbodies", ".js"),
                "js", js,
                "sizes", Map.of(wasm, 8),
                "routeUrlStrategy", "hash",
                "baseUrl", "/apps/counter/"), config);
    }

    @Test
    void manifest_isAnInstallableStandaloneWebAppManifest() throws IOException {
        Map<String, Object> manifest = JSON.std.mapFrom(Files.readString(site.resolve("manifest.webmanifest")));

        assertEquals(Map.of(
                "name", "Counter & <Co>",
                "short_name", "Counter",
                "description", "Counts \"up\" and down",
                "start_url", "/apps/counter/",
                "scope", "/apps/counter/",
                "display", "standalone",
                "background_color", "#ffffff",
                "theme_color", "#0175c2",
                "icons", List.of(
                        Map.of("src", "pwa-icons/icon-192.png", "sizes", "192x192", "type", "image/png",
                                "purpose", "any maskable"),
                        Map.of("src", "pwa-icons/icon-512.png", "sizes", "512x512", "type", "image/png",
                                "purpose", "any maskable"))), manifest);
        java.awt.image.BufferedImage icon = javax.imageio.ImageIO.read(site.resolve("pwa-icons/icon-512.png").toFile());
        assertEquals(512, icon.getWidth());
        assertEquals(0xff0175c2, icon.getRGB(10, 10), "the theme color fills the icon");
    }

    @Test
    void loader_namesTheHashedRendererAndOfflineModule() throws IOException {
        String loader = Files.readString(site.resolve(hashed("loader", ".js")));

        assertTrue(loader.contains("const RENDERER_FILE = \"" + hashed("renderer", ".js") + "\";"), loader);
        assertTrue(loader.contains("const OFFLINE_FILE = \"" + hashed("offline", ".js") + "\";"), loader);
        assertFalse(loader.contains("{{"), loader);
    }

    @Test
    void stylesheet_isTheLoadingScreensRulesThenTheRenderers() throws IOException {
        assertEquals(ScriptMinifier.minifyCss(resource("loader.css")) + "\nbody{}\n",
                Files.readString(site.resolve(hashed("style", ".css"))));
        assertFalse(Files.exists(site.resolve("renderer.css")), "the renderer's stylesheet is in style.css");
    }

    @Test
    void serviceWorker_listsEveryOtherFileWithItsSha256() throws IOException {
        String sw = Files.readString(site.resolve("sw.js"));
        Matcher files = Pattern.compile("const FILES = (\\[.*]);").matcher(sw);
        assertTrue(files.find(), sw);
        List<Object> entries = JSON.std.listFrom(files.group(1));

        assertEquals(written.size() - 4, entries.size(), "all but sw.js, _headers, _redirects and .nojekyll");
        for (Object entry : entries) {
            List<?> pair = (List<?>) entry;
            byte[] content = Files.readAllBytes(site.resolve((String) pair.get(0)));
            assertEquals(CspWasmRuntime.sha256(content), pair.get(1), pair.get(0).toString());
        }
    }

    @Test
    void netlifyFiles_sendThePolicyCacheHashedFilesAndNeedNoRewriteForHashRoutes() throws IOException {
        String headers = Files.readString(site.resolve("_headers"));

        assertTrue(headers.contains("/apps/counter/*\n  Content-Security-Policy: default-src 'self';"
                + " script-src 'self' 'wasm-unsafe-eval'; style-src 'self'\n"), headers);
        assertTrue(headers.contains("/apps/counter/" + hashed("loader", ".js")
                + "\n  Cache-Control: public, max-age=31536000, immutable\n"), headers);
        assertTrue(headers.contains("/apps/counter/chunks/inputs-0123abcd.css"
                + "\n  Cache-Control: public, max-age=31536000, immutable\n"), headers);
        assertTrue(headers.contains("/apps/counter/index.html\n  Cache-Control: no-cache\n"), headers);
        assertTrue(headers.contains("/apps/counter/sw.js\n  Cache-Control: no-cache\n"), headers);
        assertFalse(headers.contains("/apps/counter/fonts/roboto.woff2"), headers);
        assertFalse(Files.readString(site.resolve("_redirects")).contains("200"));
    }

    /** The site's file named {@code prefix.<hash>suffix}. */
    private String hashed(String prefix, String suffix) {
        Pattern name = Pattern.compile(Pattern.quote(prefix) + "\\.[0-9a-f]{12}" + Pattern.quote(suffix));
        List<String> matches = written.stream().filter(f -> name.matcher(f).matches()).toList();
        assertEquals(1, matches.size(), prefix + "*" + suffix + " in " + written);
        return matches.get(0);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SiteAssembler.class.getResourceAsStream("/dev/jflet/host/site/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void writeFile(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static void putEntry(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream body = out;
        body.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
