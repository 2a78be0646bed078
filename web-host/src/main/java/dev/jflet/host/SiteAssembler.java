package dev.jflet.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internal: writes everything in a published app folder except the compiled app: index.html, loader.js,
 * loader.css, jflet-config.json, manifest.webmanifest, favicon.svg and the renderer's files.
 */
final class SiteAssembler {
    private static final String TEMPLATES = "/dev/jflet/host/site/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final ClassLoader rendererClassLoader;

    /** {@code rendererClassLoader} is searched for the renderer's files (see {@link RendererResources}). */
    SiteAssembler(ClassLoader rendererClassLoader) {
        this.rendererClassLoader = rendererClassLoader;
    }

    /**
     * Writes the site files into {@code siteRoot}, creating it when missing.
     *
     * @return the written files, relative to {@code siteRoot}; renderer files last
     */
    List<String> assemble(PublishOptions options, Path siteRoot) throws IOException {
        Files.createDirectories(siteRoot);
        List<String> written = new ArrayList<>();
        List<String> renderer = RendererResources.copy(rendererClassLoader, siteRoot.toRealPath());
        Path rendererJs = siteRoot.resolve("renderer.js");
        List<String> preloads = Files.exists(rendererJs)
                ? staticImports(Files.readString(rendererJs, StandardCharsets.UTF_8))
                : List.of();
        write(siteRoot, SiteLayout.INDEX_HTML, indexHtml(options, preloads), written);
        write(siteRoot, SiteLayout.LOADER_JS, template(SiteLayout.LOADER_JS), written);
        write(siteRoot, SiteLayout.LOADER_CSS, template(SiteLayout.LOADER_CSS), written);
        write(siteRoot, SiteLayout.CONFIG_JSON, SiteJson.config(options), written);
        write(siteRoot, SiteLayout.MANIFEST, SiteJson.manifest(options), written);
        write(siteRoot, SiteLayout.FAVICON, favicon(options), written);
        written.addAll(renderer);
        return written;
    }

    private static final Pattern STATIC_IMPORT = Pattern.compile("import\\s*(?:\\{[^}]*}\\s*from\\s*)?\"(\\./[^\"]+)\"");

    /**
     * The modules a renderer module imports statically (its split chunks), so index.html can preload
     * them with the renderer instead of one round trip later.
     */
    static List<String> staticImports(String js) {
        List<String> out = new ArrayList<>();
        Matcher m = STATIC_IMPORT.matcher(js);
        int expected = 0;
        while (m.find() && m.start() == expected) {
            out.add(m.group(1).substring(2));
            expected = m.end();
            while (expected < js.length() && (js.charAt(expected) == ';' || Character.isWhitespace(js.charAt(expected)))) {
                expected++;
            }
        }
        return out;
    }

    /** The static index.html: no inline script or style, so the site runs under a strict CSP. */
    static String indexHtml(PublishOptions options) {
        return indexHtml(options, List.of());
    }

    static String indexHtml(PublishOptions options, List<String> rendererImports) {
        StringBuilder preloads = new StringBuilder();
        for (String module : rendererImports) {
            preloads.append("  <link rel=\"modulepreload\" href=\"").append(escapeHtml(module)).append("\">\n");
        }
        String description = options.description().isEmpty()
                ? ""
                : "  <meta name=\"description\" content=\"" + escapeHtml(options.description()) + "\">\n";
        Map<String, String> values = Map.of(
                "baseUrl", escapeHtml(options.baseUrl()),
                "appName", escapeHtml(options.appName()),
                "shortName", escapeHtml(options.shortName()),
                "themeColor", escapeHtml(options.themeColor()),
                "descriptionMeta", description,
                "rendererPreloads", preloads.toString());
        Matcher placeholder = PLACEHOLDER.matcher(template(SiteLayout.INDEX_HTML));
        return placeholder.replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
    }

    /** A default icon in the theme color, so browsers do not ask for a missing /favicon.ico. */
    static String favicon(PublishOptions options) {
        return template(SiteLayout.FAVICON).replace("{{themeColor}}", escapeHtml(options.themeColor()));
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String template(String name) {
        try (InputStream in = SiteAssembler.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing plugin resource: " + TEMPLATES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path siteRoot, String name, String content, List<String> written) throws IOException {
        Files.writeString(siteRoot.resolve(name), content, StandardCharsets.UTF_8);
        written.add(name);
    }
}
