package dev.jflet.host;

import java.io.File;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Serves a published site on 127.0.0.1 until the build is interrupted (Ctrl+C). */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractMojo {
    static final String HOST = "127.0.0.1";
    private static final Pattern BASE_HREF = Pattern.compile("<base href=\"([^\"]*)\">");

    /** The published site folder. */
    @Parameter(property = "jflet.directory", defaultValue = "${project.build.directory}/jflet-site")
    private File directory;

    /** The port to listen on; 0 picks a free one. */
    @Parameter(property = "jflet.port", defaultValue = "8000")
    private int port;

    /** The URL path to serve the site under; by default the base URL in the site's index.html, else "/". */
    @Parameter(property = "jflet.baseUrl")
    private String baseUrl;

    @Override
    public void execute() throws MojoExecutionException {
        Path root = directory.toPath().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new MojoExecutionException("No published site at " + root + ": run jflet:publish first,"
                    + " or pass -Djflet.directory=<folder> to serve another folder.");
        }
        String mount = baseUrl == null || baseUrl.isBlank() ? configuredBaseUrl(root) : baseUrl;
        PreviewServer server;
        try {
            server = PreviewServer.start(root, HOST, port, mount);
        } catch (BindException e) {
            throw new MojoExecutionException("Port " + port + " on " + HOST + " is in use: stop the other server,"
                    + " or pass -Djflet.port=<port> (0 picks a free port).", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not start the preview server: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "jflet-preview-stop"));
        getLog().info("Serving " + root + " at " + server.uri() + " (press Ctrl+C to stop)");
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
    }

    /** The base URL index.html declares in {@code <base href>}, else "/". */
    static String configuredBaseUrl(Path root) {
        Path index = root.resolve(SiteLayout.INDEX_HTML);
        try {
            Matcher base = BASE_HREF.matcher(Files.isRegularFile(index) ? Files.readString(index) : "");
            return base.find() ? base.group(1) : "/";
        } catch (IOException e) {
            return "/";
        }
    }
}
