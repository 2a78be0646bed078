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
        URL[] path = {classes.toUri().toURL(), jar.toUri().toURL()};
        try (URLClassLoader loader = new URLClassLoader(path, null)) {
            written = new SiteAssembler(loader).assemble(options, site);
        }
    }

    @Test
    void assemble_writesSiteFilesThenRendererFiles() {
        assertEquals(List.of("index.html", "loader.js", "loader.css", "jflet-config.json", "manifest.webmanifest",
                "favicon.svg", "fonts/roboto.woff2", "icons/material.json", "renderer.css", "renderer.js", "icons/cupertino.json"),
                written);
    }

    @Test
    void staticImports_ofASplitRenderer_areListedInOrder() {
        assertEquals(List.of("chunks/chunk-A.js", "chunks/chunk-B.js"), SiteAssembler.staticImports(
                "import{a as x}from\"./chunks/chunk-A.js\";import\"./chunks/chunk-B.js\";var y=import(\"./chunks/lazy.js\");"));
        assertEquals(List.of(), SiteAssembler.staticImports("export function start() {}\n"));
    }

    @Test
    void indexHtml_preloadsTheRendererChunks() throws InvalidOptionException {
        PublishOptions options = PublishOptions.of("com.example.A", "A", "A", "", "/", "path", null, null);
        assertTrue(SiteAssembler.indexHtml(options, List.of("chunks/chunk-A.js"))
                .contains("<link rel=\"modulepreload\" href=\"chunks/chunk-A.js\">"));
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
        assertEquals("export function start() {}\n", Files.readString(site.resolve("renderer.js")));
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
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"renderer.css\">"), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"loader.css\">"), html);
        assertTrue(html.contains("<link rel=\"manifest\" href=\"manifest.webmanifest\">"), html);
        assertTrue(html.contains("<div id=\"app\">"), html);
        assertTrue(html.contains("<div class=\"jflet-loading\" role=\"status\" aria-live=\"polite\">"), html);
        assertTrue(html.contains("<noscript>"), html);
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertEquals(" type=\"module\" src=\"loader.js\"", scripts.group(1));
            assertEquals("", scripts.group(2));
        }
        assertEquals(1, count);
        assertFalse(html.contains("<style"), html);
        assertFalse(Pattern.compile("\\sstyle=").matcher(html).find(), html);
        assertFalse(Pattern.compile("\\son[a-z]+=").matcher(html).find(), html);
        assertFalse(html.contains("{{"), html);
    }

    @Test
    void config_hasTheContractFieldsAndTheApp() throws IOException {
        Map<String, Object> config = JSON.std.mapFrom(Files.readString(site.resolve("jflet-config.json")));

        assertEquals(Map.of(
                "app", Map.of(
                        "name", "Counter & <Co>", "shortName", "Counter", "description", "Counts \"up\" and down"),
                "wasm", "app/classes.wasm",
                "wasmRuntime", "app/classes.wasm-runtime.js",
                "js", "app/classes.js",
                "routeUrlStrategy", "hash",
                "baseUrl", "/apps/counter/"), config);
    }

    @Test
    void manifest_isAStandaloneWebAppManifest() throws IOException {
        Map<String, Object> manifest = JSON.std.mapFrom(Files.readString(site.resolve("manifest.webmanifest")));

        assertEquals(Map.of(
                "name", "Counter & <Co>",
                "short_name", "Counter",
                "description", "Counts \"up\" and down",
                "start_url", "/apps/counter/",
                "scope", "/apps/counter/",
                "display", "standalone",
                "background_color", "#ffffff",
                "theme_color", "#0175c2"), manifest);
    }

    @Test
    void loaderFiles_areThePluginsTemplates() throws IOException {
        assertEquals(resource("loader.js"), Files.readString(site.resolve("loader.js")));
        assertEquals(resource("loader.css"), Files.readString(site.resolve("loader.css")));
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
