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
import java.util.stream.Stream;

/** One folder holding the published counter app and the vanilla page side by side, served by one server. */
final class BenchSite implements AutoCloseable {
    private final Path root;
    private final SiteServer server;

    private BenchSite(Path root, SiteServer server) {
        this.root = root;
        this.server = server;
    }

    /** Copies {@code publishedSite}/counter and the vanilla page into {@code root} (emptied first), then serves it. */
    static BenchSite stage(Path publishedSite, Path root) throws IOException {
        deleteRecursively(root);
        copyFolder(publishedSite.resolve("counter"), root.resolve("counter"));
        copyFolder(vanillaFolder(), root.resolve("vanilla"));
        return new BenchSite(root, SiteServer.start(root));
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

    private static Path vanillaFolder() {
        URL index = BenchSite.class.getResource("/vanilla/index.html");
        if (index == null) {
            throw new IllegalStateException("vanilla/index.html is not on the test class path");
        }
        try {
            return Path.of(index.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected resource URL: " + index, e);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
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
