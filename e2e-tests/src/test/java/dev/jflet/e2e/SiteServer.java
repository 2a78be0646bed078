package dev.jflet.e2e;

import dev.jflet.host.PreviewServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The published demo site, served by the plugin's preview server on 127.0.0.1 at an ephemeral port. */
public final class SiteServer implements AutoCloseable {
    /** The app folders the site must contain. */
    public static final List<String> APPS = List.of("hello", "counter", "greeter", "hello-async", "async-main",
            "countdown", "page-events", "gallery", "rows", "layoutlab");

    private static final String SITE_DIR_PROPERTY = "jflet.site.dir";

    private final PreviewServer server;

    private SiteServer(PreviewServer server) {
        this.server = server;
    }

    /** Serves the folder named by the {@value #SITE_DIR_PROPERTY} system property, after checking it is complete. */
    public static SiteServer startPublishedSite() throws IOException {
        return start(publishedSiteDirectory());
    }

    /** Serves {@code root}. */
    public static SiteServer start(Path root) throws IOException {
        return new SiteServer(PreviewServer.start(root, "127.0.0.1", 0));
    }

    /** The published site folder; fails, naming what is missing and how to build it, when it is incomplete. */
    public static Path publishedSiteDirectory() {
        String configured = System.getProperty(SITE_DIR_PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("System property " + SITE_DIR_PROPERTY + " is not set. Run the tests"
                    + " through Maven (mvn verify from the project root), which points it at site/target/jflet-site.");
        }
        Path root = Path.of(configured).toAbsolutePath().normalize();
        for (String required : requiredFiles()) {
            if (!Files.isRegularFile(root.resolve(required))) {
                throw new IllegalStateException("The published demo site is missing " + root.resolve(required)
                        + ". Build it first: cd to the project root and run mvn install (or mvn verify),"
                        + " which publishes the site module before these tests run.");
            }
        }
        return root;
    }

    private static List<String> requiredFiles() {
        Stream<String> appFiles = APPS.stream().flatMap(app -> Stream.of("index.html", "loader.js",
                "jflet-config.json", Build.WASM.loadedFile(), Build.JS.loadedFile()).map(file -> app + "/" + file));
        return Stream.concat(Stream.of("index.html"), appFiles).toList();
    }

    /** The absolute URL of {@code path} ("/", "/counter/") on this server. */
    public String url(String path) {
        return origin() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The origin, "http://127.0.0.1:port", without a trailing slash. */
    public String origin() {
        URI uri = server.uri();
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
