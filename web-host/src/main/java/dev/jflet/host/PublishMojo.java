package dev.jflet.host;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Publishes the app as a static website: compiles it with TeaVM to WebAssembly GC and to JavaScript, and writes
 * next to it index.html (and 404.html for GitHub Pages), the loader, the renderer, the config, icons and web app
 * manifest, the service worker that makes the site work offline, and Netlify's _headers and _redirects.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class PublishMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    /** The fully qualified class whose {@code main} calls {@code Jflet.run}. */
    @Parameter(property = "jflet.mainClass", required = true)
    private String mainClass;

    /** The folder the site is written to; emptied first when it lies inside the build directory. */
    @Parameter(property = "jflet.outputDirectory", defaultValue = "${project.build.directory}/jflet-site")
    private File outputDirectory;

    /** The app's name: page title and manifest {@code name}. */
    @Parameter(property = "jflet.appName", defaultValue = "${project.name}")
    private String appName;

    /** The manifest {@code short_name}; the app name when not set. */
    @Parameter(property = "jflet.shortName")
    private String shortName;

    /** The page's meta description and the manifest {@code description}. */
    @Parameter(property = "jflet.description")
    private String description;

    /** The URL path the site is hosted under, such as "/" or "/apps/counter/". */
    @Parameter(property = "jflet.baseUrl", defaultValue = "/")
    private String baseUrl;

    /** How routes appear in the URL: "path" (/store/3) or "hash" (/#/store/3). */
    @Parameter(property = "jflet.routeUrlStrategy", defaultValue = "path")
    private String routeUrlStrategy;

    /** The manifest {@code background_color}. */
    @Parameter(property = "jflet.backgroundColor", defaultValue = PublishOptions.DEFAULT_BACKGROUND_COLOR)
    private String backgroundColor;

    /** The manifest {@code theme_color} and the page's theme-color. */
    @Parameter(property = "jflet.themeColor", defaultValue = PublishOptions.DEFAULT_THEME_COLOR)
    private String themeColor;

    /**
     * A folder whose files are copied to the site root (images, fonts, data the app loads); by default
     * {@code src/main/assets} when it exists.
     */
    @Parameter(property = "jflet.assetsDirectory")
    private File assetsDirectory;

    /** The app icon: a square PNG of at least 512 x 512 pixels, or an SVG; by default one in the theme color. */
    @Parameter(property = "jflet.icon")
    private File icon;

    /** The Content-Security-Policy index.html declares and the generated Netlify _headers send. */
    @Parameter(property = "jflet.contentSecurityPolicy", defaultValue = PublishOptions.DEFAULT_CONTENT_SECURITY_POLICY)
    private String contentSecurityPolicy;

    /** Skips publishing. */
    @Parameter(property = "jflet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping jflet:publish (jflet.skip is true).");
            return;
        }
        PublishOptions options;
        try {
            options = PublishOptions.of(mainClass, appName, shortName, description, baseUrl, routeUrlStrategy,
                    backgroundColor, themeColor)
                    .withFiles(assets(), icon == null ? null : icon.toPath().toAbsolutePath())
                    .withContentSecurityPolicy(contentSecurityPolicy);
        } catch (InvalidOptionException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        Path site = outputDirectory.toPath().toAbsolutePath().normalize();
        Path buildDirectory = Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        try {
            prepare(site, buildDirectory);
            compile(options, site, buildDirectory);
            List<String> files = new SiteAssembler(getClass().getClassLoader()).assemble(options, site);
            if (files.stream().noneMatch(file -> file.startsWith("renderer."))) {
                getLog().warn("No renderer.js under " + RendererResources.PREFIX + " on the plugin's class path:"
                        + " the site cannot start. jflet-flutter-web must be a dependency of jflet-maven-plugin.");
            }
            getLog().info("Published " + options.appName() + " to " + site + ":");
            for (String line : SizeReport.format(SizeReport.measure(site))) {
                getLog().info(line);
            }
        } catch (TeaVmCompileException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the site to " + site + ": " + e.getMessage(), e);
        }
    }

    private void compile(PublishOptions options, Path site, Path buildDirectory)
            throws IOException, TeaVmCompileException {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        // A project whose app comes from a dependency may have no classes of its own yet.
        Files.createDirectories(classes);
        List<Path> classPath = TeaVmClassPath.of(classes, project.getArtifacts(), pluginArtifacts);
        TeaVmCompiler compiler = new TeaVmCompiler(classPath, buildDirectory.resolve("jflet-cache"), getLog());
        Path app = site.resolve(SiteLayout.APP_DIR);
        for (TeaVmCompiler.Target target : TeaVmCompiler.Target.values()) {
            getLog().info("Compiling " + options.mainClass() + " with TeaVM to " + target.label);
            compiler.compile(options.mainClass(), target, app);
        }
    }

    private Path assets() {
        if (assetsDirectory != null) {
            return assetsDirectory.toPath().toAbsolutePath();
        }
        Path conventional = project.getBasedir().toPath().resolve("src/main/assets");
        return Files.isDirectory(conventional) ? conventional : null;
    }

    /** Empties the site folder when it is inside the build directory, so no stale file is published. */
    private void prepare(Path site, Path buildDirectory) throws IOException {
        if (Files.isDirectory(site) && site.startsWith(buildDirectory) && !site.equals(buildDirectory)) {
            try (Stream<Path> walk = Files.walk(site)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    if (!path.equals(site)) {
                        Files.delete(path);
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else if (Files.isDirectory(site)) {
            getLog().info(site + " is outside " + buildDirectory + ", so it is not emptied first.");
        }
        Files.createDirectories(site);
    }
}
