package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewServerTest {
    private static final String SECRET = "top secret";

    @TempDir
    Path temp;

    private Path root;
    private PreviewServer server;

    @BeforeEach
    void createSite() throws IOException {
        root = Files.createDirectories(temp.resolve("site"));
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        write("index.html", "root index");
        write("greeter/index.html", "greeter index");
        Files.createDirectories(root.resolve("assets"));
        for (String name : new String[] {"app.js", "mod.mjs", "styles.css", "data.json", "manifest.webmanifest",
                "classes.wasm", "font.woff2", "icon.svg", "logo.png", "favicon.ico", "notes.txt", "blob.bin"}) {
            write("assets/" + name, "content of " + name);
        }
        server = PreviewServer.start(root, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
        "app.js, text/javascript; charset=utf-8",
        "mod.mjs, text/javascript; charset=utf-8",
        "styles.css, text/css; charset=utf-8",
        "data.json, application/json; charset=utf-8",
        "manifest.webmanifest, application/manifest+json; charset=utf-8",
        "classes.wasm, application/wasm",
        "font.woff2, font/woff2",
        "icon.svg, image/svg+xml; charset=utf-8",
        "logo.png, image/png",
        "favicon.ico, image/x-icon",
        "notes.txt, text/plain; charset=utf-8",
        "blob.bin, application/octet-stream",
    })
    void file_knownExtension_servedWithItsContentTypeAndNoCache(String name, String contentType) throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), "/assets/" + name);

        assertEquals(200, response.status());
        assertEquals(contentType, response.header("Content-Type"));
        assertEquals("no-cache", response.header("Cache-Control"));
        assertEquals("content of " + name, response.text());
    }

    @Test
    void root_servesIndexHtmlAsUtf8Html() throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), "/");

        assertEquals(200, response.status());
        assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
        assertEquals("root index", response.text());
    }

    @Test
    void directory_withoutTrailingSlash_redirectsKeepingTheQuery() throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), "/greeter?x=1");

        assertEquals(301, response.status());
        assertEquals("/greeter/?x=1", response.header("Location"));
    }

    @Test
    void directory_withTrailingSlash_servesItsIndexHtml() throws IOException {
        assertEquals("greeter index", RawHttp.get(server.port(), "/greeter/").text());
    }

    @ParameterizedTest
    @CsvSource({
        "/store/3, root index",
        "/store/3/, root index",
        "/about, root index",
        "/greeter/settings, greeter index",
        "/greeter/settings/deep/7, greeter index",
        "/greeter/v1.2/settings, greeter index",
    })
    void routeLikePath_missing_servesNearestAncestorIndex(String path, String body) throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), path);

        assertEquals(200, response.status());
        assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
        assertEquals(body, response.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/missing.js", "/greeter/missing.css", "/store/logo.png", "/assets/app.js.map"})
    void fileWithExtension_missing_is404(String path) throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), path);

        assertEquals(404, response.status());
        assertEquals("Not found: " + path + "\n", response.text());
        assertEquals("no-cache", response.header("Cache-Control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/greeter/../../secret.txt",
        "/greeter/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/..%5csecret.txt",
        "/./index.html",
        "/%zz/index.html",
    })
    void traversalOrMalformedPath_isRejectedWithoutLeakingFiles(String path) throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), path);

        assertEquals(400, response.status());
        assertFalse(response.text().contains(SECRET));
    }

    @Test
    void symbolicLink_pointingOutsideTheRoot_is404() throws IOException {
        Files.createSymbolicLink(root.resolve("leak.txt"), temp.resolve("secret.txt"));

        RawHttp.Response response = RawHttp.get(server.port(), "/leak.txt");

        assertEquals(404, response.status());
        assertFalse(response.text().contains(SECRET));
    }

    @Test
    void head_sendsLengthButNoBody() throws IOException {
        RawHttp.Response response = RawHttp.send(server.port(), "HEAD", "/assets/app.js");

        assertEquals(200, response.status());
        assertEquals(String.valueOf("content of app.js".length()), response.header("Content-Length"));
        assertArrayEquals(new byte[0], response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"renderer.0123456789ab.js", "app/classes.0123456789ab.wasm", "chunks/main-0123abcd.js",
        "chunks/inputs-0123abcd.css"})
    void contentHashedFile_mayBeCachedForGood(String path) throws IOException {
        write(path, "hashed");

        RawHttp.Response response = RawHttp.get(server.port(), "/" + path);

        assertEquals(200, response.status());
        assertEquals("public, max-age=31536000, immutable", response.header("Cache-Control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chunks/main.js", "chunks/main-0123ABCD.js", "chunks/main-0123abc.js", "main-0123abcd.js",
        "chunks/inputs.css", "chunks/inputs-0123abcd.cssx", "inputs-0123abcd.css"})
    void fileWithoutAContentHashInItsName_isRevalidated(String path) throws IOException {
        write(path, "not hashed");

        RawHttp.Response response = RawHttp.get(server.port(), "/" + path);

        assertEquals(200, response.status());
        assertEquals("no-cache", response.header("Cache-Control"));
    }

    @Test
    void file_revalidatedWithItsEntityTag_answers304WithoutBody() throws IOException {
        String tag = RawHttp.get(server.port(), "/assets/app.js").header("ETag");

        RawHttp.Response again = RawHttp.send(server.port(), "GET", "/assets/app.js", "If-None-Match: " + tag + "\r\n");

        assertTrue(tag.startsWith("\"") && tag.endsWith("\""), tag);
        assertEquals(304, again.status());
        assertArrayEquals(new byte[0], again.body());
    }

    @Test
    void file_changedSinceItsEntityTag_isSentAgain() throws IOException {
        String tag = RawHttp.get(server.port(), "/assets/app.js").header("ETag");
        write("assets/app.js", "changed content of app.js");

        RawHttp.Response again = RawHttp.send(server.port(), "GET", "/assets/app.js", "If-None-Match: " + tag + "\r\n");

        assertEquals(200, again.status());
        assertEquals("changed content of app.js", again.text());
    }

    @Test
    void post_isNotAllowed() throws IOException {
        RawHttp.Response response = RawHttp.send(server.port(), "POST", "/index.html");

        assertEquals(405, response.status());
        assertEquals("GET, HEAD", response.header("Allow"));
    }

    @Test
    void encodedName_isDecodedAsUtf8() throws IOException {
        write("assets/caf\u00e9 menu.txt", "menu");

        assertEquals("menu", RawHttp.get(server.port(), "/assets/caf%C3%A9%20menu.txt").text());
    }

    @Test
    void mountPath_servesTheSiteUnderItAndRedirectsTheRoot() throws IOException {
        try (PreviewServer mounted = PreviewServer.start(root, "127.0.0.1", 0, "apps/counter")) {
            assertEquals("http://127.0.0.1:" + mounted.port() + "/apps/counter/", mounted.uri().toString());
            assertEquals("/apps/counter/", RawHttp.get(mounted.port(), "/").header("Location"));
            assertEquals("/apps/counter/", RawHttp.get(mounted.port(), "/apps/counter").header("Location"));
            assertEquals("root index", RawHttp.get(mounted.port(), "/apps/counter/").text());
            assertEquals("greeter index", RawHttp.get(mounted.port(), "/apps/counter/greeter/x").text());
            assertEquals(404, RawHttp.get(mounted.port(), "/apps/other/index.html").status());
        }
    }

    @Test
    void start_ephemeralPort_reportsTheBoundPort() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.uri().toString());
    }

    @Test
    void start_missingFolder_namesItAndTheFix() {
        Path missing = temp.resolve("nope");

        IOException error = org.junit.jupiter.api.Assertions.assertThrows(
                IOException.class, () -> PreviewServer.start(missing, "127.0.0.1", 0));

        assertEquals("Not a directory: " + missing.toAbsolutePath()
                + ". Run jflet:publish first, or point jflet.directory at a published site folder.",
                error.getMessage());
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
