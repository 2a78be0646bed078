package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishOptionsTest {
    private static PublishOptions options(String baseUrl, String routeUrlStrategy) throws InvalidOptionException {
        return PublishOptions.of("com.example.Counter", "Counter", null, null, baseUrl, routeUrlStrategy, null, null);
    }

    @Test
    void of_defaults_fillNamesColorsAndPathStrategy() throws InvalidOptionException {
        PublishOptions options =
                PublishOptions.of("com.example.Counter", " ", null, null, null, null, null, null);

        assertEquals(new PublishOptions("com.example.Counter", "Counter", "Counter", "", "/", "path", "#ffffff",
                "#0175c2", Optional.empty(), Optional.empty(),
                "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"), options);
    }

    @Test
    void icon_otherFormat_failsNamingTheOptionAndAllowedFormats(@TempDir Path temp) throws Exception {
        Path icon = Files.writeString(temp.resolve("icon.jpg"), "x");
        PublishOptions options = PublishOptions.of("a.App", null, null, null, null, null, null, null);

        InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> options.withFiles(null, icon));

        assertEquals("icon \"" + icon + "\" is not a .png or .svg file: use a square PNG of at least 512 x 512"
                + " pixels, or an SVG; leave it unset for a generated icon.", e.getMessage());
    }

    @Test
    void assetsDirectory_missing_failsNamingTheOption(@TempDir Path temp) throws Exception {
        Path assets = temp.resolve("assets");
        PublishOptions options = PublishOptions.of("a.App", null, null, null, null, null, null, null);

        InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> options.withFiles(assets, null));

        assertEquals("assetsDirectory \"" + assets + "\" is not a folder: set it to a folder whose files should be"
                + " copied to the site root, or leave it unset.", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "'', /",
        "/, /",
        "apps/counter, /apps/counter/",
        "/apps/counter, /apps/counter/",
        "//apps/counter//, /apps/counter/",
        "' /x/ ', /x/",
    })
    void baseUrl_isNormalizedToSlashes(String raw, String normalized) throws InvalidOptionException {
        assertEquals(normalized, options(raw, "path").baseUrl());
    }

    @ParameterizedTest
    @CsvSource({"path, path", "hash, hash", "HASH, hash", "' Path ', path"})
    void routeUrlStrategy_acceptsPathOrHash(String raw, String strategy) throws InvalidOptionException {
        assertEquals(strategy, options("/", raw).routeUrlStrategy());
    }

    @Test
    void routeUrlStrategy_other_failsNamingTheOptionAndAllowedValues() {
        InvalidOptionException error = assertThrows(InvalidOptionException.class, () -> options("/", "query"));

        assertEquals("routeUrlStrategy \"query\" is not supported: use \"path\" (routes like /store/3; the host"
                + " must answer unknown paths with index.html) or \"hash\" (routes like /#/store/3; works on any"
                + " static host).", error.getMessage());
    }

    @Test
    void baseUrl_fullUrl_failsNamingTheOptionAndTheFix() {
        InvalidOptionException error =
                assertThrows(InvalidOptionException.class, () -> options("https://example.com/app", "path"));

        assertEquals("baseUrl \"https://example.com/app\" is not a URL path: it may not contain ':'. Use the path"
                + " the site is hosted under, such as \"/\" or \"/apps/counter/\".", error.getMessage());
    }

    @Test
    void baseUrl_withSpace_failsNamingTheOptionAndTheFix() {
        InvalidOptionException error =
                assertThrows(InvalidOptionException.class, () -> options("/my app/", "path"));

        assertEquals("baseUrl \"/my app/\" is not a URL path: it may not contain spaces or control characters."
                + " Use the path the site is hosted under, such as \"/\" or \"/apps/counter/\".",
                error.getMessage());
    }

    @Test
    void baseUrl_dotDotSegment_fails() {
        InvalidOptionException error = assertThrows(InvalidOptionException.class, () -> options("/a/../b", "path"));

        assertEquals("baseUrl \"/a/../b\" is not a URL path: it may not contain '..' segments. Use the path"
                + " the site is hosted under, such as \"/\" or \"/apps/counter/\".", error.getMessage());
    }

    @Test
    void mainClass_missing_failsNamingTheOptionAndTheFix() {
        InvalidOptionException error = assertThrows(InvalidOptionException.class,
                () -> PublishOptions.of("  ", "App", null, null, "/", "path", null, null));

        assertEquals("mainClass is not set: set <mainClass> in the jflet-maven-plugin configuration"
                + " (or -Djflet.mainClass) to the class whose main method calls Jflet.run.", error.getMessage());
    }

    @Test
    void mainClass_fileName_failsAskingForAQualifiedName() {
        InvalidOptionException error = assertThrows(InvalidOptionException.class,
                () -> PublishOptions.of("Counter.java", "App", null, null, "/", "path", null, null));

        assertEquals("mainClass \"Counter.java\" is not a Java class name: use the fully qualified name of the"
                + " class whose main method calls Jflet.run, such as com.example.Counter.", error.getMessage());
    }

    @Test
    void mainClass_path_failsAskingForAQualifiedName() {
        InvalidOptionException error = assertThrows(InvalidOptionException.class,
                () -> PublishOptions.of("com/example/Counter", "App", null, null, "/", "path", null, null));

        assertEquals("mainClass \"com/example/Counter\" is not a Java class name: use the fully qualified name"
                + " of the class whose main method calls Jflet.run, such as com.example.Counter.", error.getMessage());
    }

    @Test
    void themeColor_notHex_failsNamingTheOptionAndFormat() {
        InvalidOptionException error = assertThrows(InvalidOptionException.class,
                () -> PublishOptions.of("a.B", "App", null, null, "/", "path", null, "blue"));

        assertEquals("themeColor \"blue\" is not a color: use #rgb or #rrggbb, such as #0175c2.",
                error.getMessage());
    }

    @Test
    void backgroundColor_hex_isLowerCased() throws InvalidOptionException {
        assertEquals("#ffeedd",
                PublishOptions.of("a.B", "App", null, null, "/", "path", "#FFEEDD", null).backgroundColor());
    }
}
