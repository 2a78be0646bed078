package dev.jflet.host;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Internal: answers GET and HEAD requests from a published site folder, as {@link SiteRequestResolver} decides. */
final class StaticFileHandler implements HttpHandler {
    private final SiteRequestResolver resolver;

    StaticFileHandler(SiteRequestResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            Headers headers = exchange.getResponseHeaders();
            headers.set("Cache-Control", "no-cache");
            headers.set("X-Content-Type-Options", "nosniff");
            if (!head && !method.equals("GET")) {
                headers.set("Allow", "GET, HEAD");
                sendText(exchange, 405, "Method not allowed: " + method, false);
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            SiteRequestResolver.Resolution resolution = resolver.resolve(rawPath);
            switch (resolution.status()) {
                case 200 -> sendFile(exchange, resolution.file().orElseThrow(), head);
                case 301 -> {
                    String query = exchange.getRequestURI().getRawQuery();
                    headers.set("Location", resolution.location().orElseThrow() + (query == null ? "" : "?" + query));
                    sendText(exchange, 301, "Moved to " + headers.getFirst("Location"), head);
                }
                case 400 -> sendText(exchange, 400, "Bad request path: " + rawPath, head);
                default -> sendText(exchange, 404, "Not found: " + rawPath, head);
            }
        } finally {
            exchange.close();
        }
    }

    /**
     * Sends the file, or 304 when the browser's copy is current. Content-hashed files may be cached for good; every
     * other response says {@code no-cache}, so a browser revalidates, and the entity tag spares it the body.
     */
    private static void sendFile(HttpExchange exchange, Path file, boolean head) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        long length = Files.size(file);
        String tag = entityTag(file, length);
        headers.set("ETag", tag);
        if (matches(exchange.getRequestHeaders().getFirst("If-None-Match"), tag)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        headers.set("Content-Type", MimeTypes.forFileName(file.getFileName().toString()));
        if (contentHashed(file)) {
            // As the published _headers file tells Netlify: a name that holds its content's hash never changes.
            headers.set("Cache-Control", "public, max-age=31536000, immutable");
        }
        if (head) {
            headers.set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, length == 0 ? -1 : length);
        try (OutputStream body = exchange.getResponseBody()) {
            Files.copy(file, body);
        }
    }

    /**
     * Whether the file's name holds its content hash ("renderer.0123456789ab.js", "chunks/main-0123abcd.js",
     * "chunks/inputs-0123abcd.css").
     */
    static boolean contentHashed(Path file) {
        String name = file.getFileName().toString();
        Path parent = file.getParent();
        return HostingFiles.isHashed(parent == null || parent.getFileName() == null ? name
                : parent.getFileName() + "/" + name);
    }

    /** A strong entity tag from the file's size and modification time. */
    static String entityTag(Path file, long length) throws IOException {
        return "\"" + Long.toHexString(length) + "-" + Long.toHexString(Files.getLastModifiedTime(file).toMillis())
                + "\"";
    }

    /** Whether an If-None-Match header names {@code tag} (or is {@code *}). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || trimmed.equals(tag) || trimmed.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }

    private static void sendText(HttpExchange exchange, int status, String message, boolean head) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
