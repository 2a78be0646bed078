package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jflet.host.fixture.FixtureApp;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles one tiny app with TeaVM to both targets, assembles the site around it, and runs it. */
class PublishedSiteTest {
    private static final String STUB_RENDERER = """
            export async function start({ root, wasm, appId, config }) {
                await globalThis.jsConnect(appId, {}, () => {});
                const p = document.createElement("p");
                p.textContent = `renderer started: wasm=${wasm} fixture=${globalThis.jfletFixtureStarted}`
                    + ` base=${config.baseUrl} routes=${config.routeUrlStrategy} app=${appId}`;
                root.replaceChildren(p);
            }
            """;

    @TempDir
    static Path temp;

    private static Path site;
    private static List<String> files;

    @BeforeAll
    static void publish() throws Exception {
        site = temp.resolve("site");
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .toList();
        TeaVmCompiler compiler = new TeaVmCompiler(classPath, temp.resolve("cache"), new QuietLog());
        for (TeaVmCompiler.Target target : TeaVmCompiler.Target.values()) {
            compiler.compile(FixtureApp.class.getName(), target, site.resolve(SiteLayout.APP_DIR));
        }

        Path renderer = temp.resolve("renderer-classes");
        Files.createDirectories(renderer.resolve(RendererResources.PREFIX));
        Files.writeString(renderer.resolve(RendererResources.PREFIX + "renderer.js"), STUB_RENDERER);
        Files.writeString(renderer.resolve(RendererResources.PREFIX + "renderer.css"), "p { margin: 0; }\n");
        PublishOptions options = PublishOptions.of(FixtureApp.class.getName(), "Fixture", null, null, "/", "path",
                null, null);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {renderer.toUri().toURL()}, null)) {
            files = new SiteAssembler(loader).assemble(options, site);
        }
    }

    /** The published file whose name is {@code prefix.<hash>suffix}. */
    private static Path file(String prefix, String suffix) {
        return site.resolve(files.stream()
                .filter(f -> f.matches(java.util.regex.Pattern.quote(prefix) + "\\.[0-9a-f]{12}"
                        + java.util.regex.Pattern.quote(suffix)))
                .findFirst().orElseThrow(() -> new AssertionError(prefix + "*" + suffix + " in " + files)));
    }

    @Test
    void wasmBuild_isAWebAssemblyModule() throws IOException {
        byte[] wasm = Files.readAllBytes(file("app/classes", ".wasm"));

        assertArrayEquals(new byte[] {0x00, 0x61, 0x73, 0x6d}, Arrays.copyOf(wasm, 4));
    }

    @Test
    void wasmRuntime_isTeaVmsModuleWithoutCodeGeneration() throws IOException {
        String runtime = Files.readString(file("app/classes.wasm-runtime", ".js"));

        assertTrue(runtime.startsWith("// jflet: TeaVM's WasmGC runtime without code generated at run time"), runtime);
        assertTrue(runtime.endsWith("export{x as defaults,t as load,e as wrapImport};"), runtime);
        assertFalse(runtime.contains("new Function"));
    }

    @Test
    void wasmBodies_holdTheFixturesJsBodyAsAFunction() throws IOException {
        String bodies = Files.readString(file("app/classes.wasm-jsbodies", ".js"));

        assertTrue(java.util.regex.Pattern.compile("\\[\"\\)[^\"]*jfletFixtureStarted[^\n]*\", function"
                + " \\(wrapCallFromJavaToJs\\) \\{\n[^\n]*globalThis\\.jfletFixtureStarted ?= ?true;").matcher(bodies)
                .find(), bodies);
    }

    @Test
    void jsBuild_isAnEsModuleWhoseMainRuns() throws Exception {
        Path node = ExternalTools.node().orElse(null);
        assumeTrue(node != null, "Node is not installed");

        String result = ExternalTools.run(List.of(node.toString(), "--input-type=module", "-e",
                "const app = await import(process.argv[1]); app.main([]);"
                        + " console.log(globalThis.jfletFixtureStarted, typeof globalThis.jsConnect);",
                file("app/classes", ".js").toUri().toString()));

        assertEquals("true function", result.trim());
    }

    @Test
    void site_startsWithTheWasmBuildInChromium() throws Exception {
        Path chromium = ExternalTools.chromium().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed; the end-to-end tests cover the site then");
        try (PreviewServer server = PreviewServer.start(site, "127.0.0.1", 0)) {
            String root = ExternalTools.dumpDom(chromium, server.uri().toString(), temp.resolve("profile-root"));
            String route = ExternalTools.dumpDom(
                    chromium, server.uri().resolve("store/3").toString(), temp.resolve("profile-route"));

            assertTrue(root.contains("<p>renderer started: wasm=true fixture=true base=/ routes=path app="
                    + server.uri() + "</p>"), root);
            assertTrue(route.contains("<p>renderer started: wasm=true fixture=true base=/ routes=path app="
                    + server.uri().resolve("store/3") + "</p>"), route);
        }
    }

    @Test
    void site_withoutItsWasmBuild_fallsBackToTheJsBuildInChromium() throws Exception {
        Path chromium = ExternalTools.chromium().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed; the end-to-end tests cover the site then");
        Path copy = temp.resolve("site-without-wasm");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(site.relativize(file).toString()));
            }
        }
        Files.delete(copy.resolve(site.relativize(file("app/classes", ".wasm")).toString()));

        try (PreviewServer server = PreviewServer.start(copy, "127.0.0.1", 0)) {
            String dom = ExternalTools.dumpDom(chromium, server.uri().toString(), temp.resolve("profile-js"));

            assertTrue(dom.contains("<p>renderer started: wasm=false fixture=true base=/ routes=path app="
                    + server.uri() + "</p>"), dom);
        }
    }
}
