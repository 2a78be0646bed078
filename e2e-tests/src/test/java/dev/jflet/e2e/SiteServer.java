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
            "countdown", "page-events", "routes", "store", "gallery", "rows", "layoutlab", "services");

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
        for (String missing : missingFiles(root)) {
            throw new IllegalStateException("The published demo site is missing " + missing
                    + ". Build it first: cd to the project root and run mvn verify,"
                    + " which publishes the site module before these tests run.");
        }
        return root;
    }

    /** What a published site folder lacks: index.html, each app's index.html and sw.js, and both builds. */
    private static List<String> missingFiles(Path root) {
        Stream<String> missing = Stream.of("index.html").filter(f -> !Files.isRegularFile(root.resolve(f)));
        for (String app : APPS) {
            Path folder = root.resolve(app);
            Stream<String> files = Stream.of("index.html", "sw.js")
                    .filter(f -> !Files.isRegularFile(folder.resolve(f)))
                    .map(f -> app + "/" + f);
            Stream<String> builds = Stream.of(Build.values())
                    .filter(build -> !hasFile(folder, build.loadedFile()))
                    .map(build -> app + "/" + build.loadedFile().pattern());
            missing = Stream.concat(missing, Stream.concat(files, builds));
        }
        return missing.toList();
    }

    private static boolean hasFile(Path folder, java.util.regex.Pattern relative) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> relative.matcher(folder.relativize(f).toString().replace('\\', '/')).matches());
        } catch (IOException e) {
            return false;
        }
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
