package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MimeTypesTest {
    @ParameterizedTest
    @CsvSource({
        "index.html, text/html; charset=utf-8",
        "LOADER.JS, text/javascript; charset=utf-8",
        "app/classes.wasm, application/wasm",
        "fonts/roboto.woff2, font/woff2",
        "manifest.webmanifest, application/manifest+json; charset=utf-8",
        "Makefile, application/octet-stream",
        ".hidden, application/octet-stream",
        "archive.tar.gz, application/octet-stream",
    })
    void forFileName_byLastExtension(String name, String type) {
        assertEquals(type, MimeTypes.forFileName(name));
    }
}
