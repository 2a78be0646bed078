package dev.jflet.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static host on 127.0.0.1 that serves a published site folder under a base path the way a real host does, so the
 * publishing tests see what visitors see there:
 *
 * <ul>
 *   <li>{@link Kind#GITHUB_PAGES}: a file is served as it is, a folder by its index.html; any other path gets the
 *       site's {@code 404.html} with status 404 and the URL unchanged. No configurable headers.
 *   <li>{@link Kind#NETLIFY}: a file wins over every rule (Netlify's shadowing); else the first {@code _redirects}
 *       rule whose pattern ({@code /base/*}) matches rewrites with status 200; headers come from every
 *       {@code _headers} rule whose pattern matches the request path.
 *   <li>{@link Kind#PLAIN}: files only; anything else is a bare 404, no fallback at all.
 * </ul>
 *
 * Each kind can also send one Content-Security-Policy header on every response. Files are sent with
 * {@code Cache-Control: no-cache}, unless {@code _headers} says otherwise. The folder may be replaced while the host
 * runs (a redeploy).
 */
public final class StaticHost implements AutoCloseable {
    /** Which host's rules apply. */
    public enum Kind { GITHUB_PAGES, NETLIFY, PLAIN }

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "json", "application/json", "wasm", "application/wasm", "webmanifest", "application/manifest+json",
            "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2");

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    private final String base;
    private final Kind kind;
    private final String policy;

    private StaticHost(Path root, String base, Kind kind, String policy) throws IOException {
        this.root = root;
        this.base = base;
        this.kind = kind;
        this.policy = policy;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "static-host");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code root} under {@code base} ("/my-repo/"); {@code policy} is a CSP header value, or null for none. */
    public static StaticHost start(Path root, String base, Kind kind, String policy) throws IOException {
        return new StaticHost(root, base, kind, policy);
    }

    /** The absolute URL of {@code path} below the base ("store?id=3" → http://127.0.0.1:port/my-repo/store?id=3). */
    public String url(String path) {
        return origin() + base + path;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Cache-Control", "no-cache");
            if (policy != null) {
                headers.put("Content-Security-Policy", policy);
            }
            Path file = fileFor(path);
            int status = 200;
            if (file == null && kind == Kind.GITHUB_PAGES) {
                file = root.resolve("404.html");
                status = 404;
            } else if (file == null && kind == Kind.NETLIFY) {
                file = rewrite(path);
            }
            if (kind == Kind.NETLIFY) {
                headers.putAll(netlifyHeaders(path));
            }
            if (file == null || !Files.isRegularFile(file)) {
                send(exchange, 404, headers, "text/plain", ("Not found: " + path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            send(exchange, status, headers, type, Files.readAllBytes(file));
        }
    }

    /** The file a request path names under the base, a folder's index.html, or null. */
    private Path fileFor(String path) {
        if (!path.startsWith(base)) {
            return null;
        }
        Path file = root.resolve(path.substring(base.length())).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    /** The target of the first {@code _redirects} rule with status 200 that matches {@code path}, or null. */
    private Path rewrite(String path) throws IOException {
        for (String line : lines("_redirects")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && parts[2].equals("200") && matches(parts[0], path)) {
                return fileFor(parts[1]);
            }
        }
        return null;
    }

    /** The headers of every {@code _headers} rule whose pattern matches {@code path}. */
    private Map<String, String> netlifyHeaders(String path) throws IOException {
        Map<String, String> result = new LinkedHashMap<>();
        boolean applies = false;
        for (String line : lines("_headers")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                applies = matches(line.trim(), path);
            } else if (applies) {
                int colon = line.indexOf(':');
                result.merge(line.substring(0, colon).trim(), line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        return result;
    }

    private static boolean matches(String pattern, String path) {
        return pattern.endsWith("*") ? path.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(path);
    }

    private List<String> lines(String name) throws IOException {
        Path file = root.resolve(name);
        return Files.isRegularFile(file) ? Files.readAllLines(file) : new ArrayList<>();
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String type, byte[] body)
            throws IOException {
        headers.forEach((key, value) -> exchange.getResponseHeaders().set(key, value));
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
