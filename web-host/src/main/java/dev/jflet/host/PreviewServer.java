package dev.jflet.host;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Internal: serves a published site folder over HTTP for previews and end-to-end tests.
 *
 * <p>See {@link SiteRequestResolver} for how request paths map to files.
 */
public final class PreviewServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final String host;
    private final String mountPath;

    private PreviewServer(HttpServer server, ExecutorService executor, String host, String mountPath) {
        this.server = server;
        this.executor = executor;
        this.host = host;
        this.mountPath = mountPath;
    }

    /** Serves {@code root} at {@code http://host:port/}; port 0 picks a free port. */
    public static PreviewServer start(Path root, String host, int port) throws IOException {
        return start(root, host, port, "/");
    }

    /** Serves {@code root} under {@code mountPath} (for example "/apps/counter/"); port 0 picks a free port. */
    public static PreviewServer start(Path root, String host, int port, String mountPath) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("Not a directory: " + root.toAbsolutePath()
                    + ". Run jflet:publish first, or point jflet.directory at a published site folder.");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range 0..65535: " + port);
        }
        String mount = BaseUrl.normalize(mountPath);
        SiteRequestResolver resolver = new SiteRequestResolver(root.toRealPath(), mount);
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "jflet-preview");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", new StaticFileHandler(resolver));
        server.setExecutor(executor);
        server.start();
        return new PreviewServer(server, executor, host, mount);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The URL of the served site, ending with a slash. */
    public URI uri() {
        return URI.create("http://" + host + ":" + port() + mountPath);
    }

    /** Stops the server at once; requests in flight are dropped. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
