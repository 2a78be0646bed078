package dev.jflet.e2e.bench;

import dev.jflet.e2e.SiteServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One folder holding published demo apps and their vanilla counterparts side by side, served by one server: app
 * {@code a} from the demo site at {@code /a/}, and the test resource folder {@code vanilla-a} at {@code /vanilla-a/}.
 */
final class BenchSite implements AutoCloseable {
    private final Path root;
    private final SiteServer server;

    private BenchSite(Path root, SiteServer server) {
        this.root = root;
        this.server = server;
    }

    /**
     * Copies each of {@code apps} from {@code publishedSite} and its vanilla page into {@code root} (emptied first),
     * then serves it. A vanilla page that links renderer.css gets the app's stylesheet (the renderer's rules, after
     * the loading screen's) and fonts.
     */
    static BenchSite stage(Path publishedSite, Path root, List<String> apps) throws IOException {
        deleteRecursively(root);
        for (String app : apps) {
            Path published = publishedSite.resolve(app);
            Path vanilla = root.resolve(vanillaFolderName(app));
            copyFolder(published, root.resolve(app));
            copyFolder(vanillaFolder(app), vanilla);
            if (Files.readString(vanilla.resolve("index.html")).contains("href=\"renderer.css\"")) {
                copyFolder(rendererCss(published), vanilla.resolve("renderer.css"));
                copyFolder(published.resolve("fonts"), vanilla.resolve("fonts"));
            }
        }
        return new BenchSite(root, SiteServer.start(root));
    }

    /** The app's stylesheet, published under a content-hashed name (style.1a2b3c4d5e6f.css). */
    private static Path rendererCss(Path app) throws IOException {
        try (Stream<Path> files = Files.list(app)) {
            return files.filter(f -> f.getFileName().toString().matches("style\\.[0-9a-f]{12}\\.css"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no stylesheet in " + app));
        }
    }

    static String vanillaFolderName(String app) {
        return "vanilla-" + app;
    }

    Path root() {
        return root;
    }

    String url(String path) {
        return server.url(path);
    }

    /** The file a same-origin URL was answered with ("/counter/" is its index.html). */
    Path fileFor(String url) {
        String path = URI.create(url).getPath();
        String relative = path.substring(1) + (path.endsWith("/") ? "index.html" : "");
        return root.resolve(relative);
    }

    @Override
    public void close() {
        server.close();
    }

    private static Path vanillaFolder(String app) {
        String resource = vanillaFolderName(app) + "/index.html";
        URL index = BenchSite.class.getResource("/" + resource);
        if (index == null) {
            throw new IllegalStateException(resource + " is not on the test class path");
        }
        try {
            return Path.of(index.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected resource URL: " + index, e);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
