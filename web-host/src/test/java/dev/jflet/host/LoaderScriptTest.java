package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WasmGC feature test in loader.js: valid where WasmGC runs, invalid where it does not. */
class LoaderScriptTest {
    /** The same module without the GC parts: (type (func)) (func (type 0)). Every engine accepts it. */
    private static final String PLAIN_MODULE = "[0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,4,1,2,0,11]";

    @TempDir
    Path temp;

    @Test
    void probe_isAStructTypeAndAFunctionThatAllocatesOne() throws IOException {
        assertArrayEquals(new int[] {
            0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x06, 0x02, 0x5f, 0x00, 0x60, 0x00, 0x00,
            0x03, 0x02, 0x01, 0x01,
            0x0a, 0x08, 0x01, 0x06, 0x00, 0xfb, 0x00, 0x00, 0x1a, 0x0b,
        }, probe());
    }

    @Test
    void probe_validatesInChromium() throws Exception {
        Path chromium = ExternalTools.chromium().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed; the end-to-end tests cover the loader then");
        Path page = temp.resolve("probe.html");
        Files.writeString(page, "<!DOCTYPE html><body><script>document.body.textContent = 'probe='"
                + " + WebAssembly.validate(new Uint8Array(" + jsArray(probe()) + ")) + ' plain='"
                + " + WebAssembly.validate(new Uint8Array(" + PLAIN_MODULE + "));</script></body>");

        String dom = ExternalTools.dumpDom(chromium, page.toUri().toString(), temp.resolve("profile"));

        assertEquals("probe=true plain=true", text(dom));
    }

    @Test
    void probe_isRejectedByAnEngineWithoutWasmGc() throws Exception {
        Path node = ExternalTools.node().orElse(null);
        assumeTrue(node != null, "Node is not installed");
        String v8 = ExternalTools.run(List.of(node.toString(), "-p", "process.versions.v8")).trim();
        assumeTrue(!hasWasmGc(v8), "Node's V8 " + v8 + " has WasmGC, so it cannot show the probe failing");

        String result = ExternalTools.run(List.of(node.toString(), "-p",
                "'probe=' + WebAssembly.validate(new Uint8Array(" + jsArray(probe()) + "))"
                        + " + ' plain=' + WebAssembly.validate(new Uint8Array(" + PLAIN_MODULE + "))"));

        assertEquals("probe=false plain=true", result.trim());
    }

    @Test
    void loader_missingBuilds_replacesTheLoadingScreenWithAReadableError() throws Exception {
        Path chromium = ExternalTools.chromium().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed; the end-to-end tests cover the loader then");
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("app"));
        Files.write(site.resolve("app/classes.wasm"), new byte[] {0, 0x61, 0x73, 0x6d, 1, 0, 0, 0});
        Files.writeString(site.resolve("app/classes.js"), "export function main() {}\n");
        PublishOptions options = PublishOptions.of("a.App", "App", null, null, "/", "path", null, null);
        List<String> files;
        try (URLClassLoader noRenderer = new URLClassLoader(new URL[0], null)) {
            files = new SiteAssembler(noRenderer).assemble(options, site);
        }
        String js = files.stream().filter(f -> f.matches("app/classes\\.[0-9a-f]{12}\\.js")).findFirst().orElseThrow();
        for (String file : files) {
            if (file.startsWith("app/classes.")) {
                Files.delete(site.resolve(file));
            }
        }

        String dom;
        try (PreviewServer server = PreviewServer.start(site, "127.0.0.1", 0)) {
            dom = ExternalTools.dumpDom(chromium, server.uri().toString(), temp.resolve("profile"));
        }

        assertTrue(dom.contains("<div class=\"jflet-error\" role=\"alert\"><h1>This app could not start</h1>"
                + "<p class=\"jflet-error-reason\">Loading the JavaScript build (" + js + "): " + js
                + " answered HTTP 404 Not Found</p>"), dom);
        assertFalse(dom.contains("jflet-loading"), dom);
    }

    /** V8 ships WasmGC from 11.9 (Chrome 119); Node 20 has 11.3. */
    private static boolean hasWasmGc(String v8Version) {
        String[] parts = v8Version.split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = Integer.parseInt(parts[1]);
        return major > 11 || (major == 11 && minor >= 9);
    }

    private static int[] probe() throws IOException {
        String loader;
        try (InputStream in = SiteAssembler.class.getResourceAsStream("/dev/jflet/host/site/loader.js")) {
            loader = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher array = Pattern.compile("const WASM_GC_PROBE = new Uint8Array\\(\\[(.*?)]\\);", Pattern.DOTALL)
                .matcher(loader);
        if (!array.find()) {
            throw new AssertionError("loader.js has no WASM_GC_PROBE array");
        }
        List<Integer> bytes = new ArrayList<>();
        Matcher number = Pattern.compile("0x([0-9a-fA-F]{2})").matcher(array.group(1).replaceAll("//[^\n]*", ""));
        while (number.find()) {
            bytes.add(Integer.parseInt(number.group(1), 16));
        }
        return bytes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String jsArray(int[] bytes) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < bytes.length; i++) {
            out.append(i == 0 ? "" : ",").append(bytes[i]);
        }
        return out.append("]").toString();
    }

    private static String text(String dom) {
        return dom.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", "").trim();
    }
}
