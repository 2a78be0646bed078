package dev.jflet.host;

import java.util.Locale;
import java.util.Map;

/** Internal: the Content-Type a published site's files are served with. */
public final class MimeTypes {
    static final String DEFAULT = "application/octet-stream";

    private static final String UTF8 = "; charset=utf-8";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html" + UTF8),
            Map.entry("htm", "text/html" + UTF8),
            Map.entry("js", "text/javascript" + UTF8),
            Map.entry("mjs", "text/javascript" + UTF8),
            Map.entry("css", "text/css" + UTF8),
            Map.entry("json", "application/json" + UTF8),
            Map.entry("map", "application/json" + UTF8),
            Map.entry("webmanifest", "application/manifest+json" + UTF8),
            Map.entry("txt", "text/plain" + UTF8),
            Map.entry("xml", "application/xml" + UTF8),
            Map.entry("svg", "image/svg+xml" + UTF8),
            Map.entry("wasm", "application/wasm"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"));

    private MimeTypes() {
    }

    /** The Content-Type for a file name, with a UTF-8 charset for text types; {@value #DEFAULT} when unknown. */
    public static String forFileName(String fileName) {
        String extension = extension(fileName);
        return extension.isEmpty() ? DEFAULT : BY_EXTENSION.getOrDefault(extension, DEFAULT);
    }

    /** The lower-case extension of the last path segment, or "" when it has none. */
    static String extension(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
