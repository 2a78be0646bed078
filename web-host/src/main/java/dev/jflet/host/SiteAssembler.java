package dev.jflet.host;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Internal: turns a folder holding the compiled app ({@code app/classes.wasm}, {@code app/classes.js}) into the
 * published site: the assets, the renderer, the CSP-safe WasmGC runtime and JS bodies, loader files, the config,
 * icons, manifest, index.html and 404.html, the service worker, and Netlify's {@code _headers} and
 * {@code _redirects}. Every file that index.html or the loader names gets a content-hashed name.
 */
final class SiteAssembler {
    private static final String TEMPLATES = "/dev/jflet/host/site/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Pattern HTML_COMMENT = Pattern.compile("\\n[ \\t]*<!--.*?-->", Pattern.DOTALL);

    private final ClassLoader rendererClassLoader;

    /** {@code rendererClassLoader} is searched for the renderer's files (see {@link RendererResources}). */
    SiteAssembler(ClassLoader rendererClassLoader) {
        this.rendererClassLoader = rendererClassLoader;
    }

    /**
     * Completes the site in {@code siteRoot}, where TeaVM compiled the app into {@code app/}.
     *
     * @return every file of the site, relative to {@code siteRoot}, sorted
     */
    List<String> assemble(PublishOptions options, Path siteRoot) throws IOException {
        Path root = siteRoot.toRealPath();
        if (options.assetsDirectory().isPresent()) {
            copyAssets(options.assetsDirectory().get(), root);
        }
        List<String> renderer = RendererResources.copy(rendererClassLoader, root);
        AppBuild app = AppBuild.finish(root);
        Map<String, String> names = new HashMap<>();
        names.put("rendererFile", fingerprintIfPresent(root, SiteLayout.RENDERER_JS, renderer));
        names.put("styleFile", writeStylesheet(root, renderer));
        names.put("supportFile", writeTemplate(root, SiteLayout.SUPPORT_JS));
        names.put("offlineFile", writeTemplate(root, SiteLayout.OFFLINE_JS));
        // The loading screen's bar spans the WasmGC binary, the one build downloaded with progress events.
        Map<String, Long> sizes = new LinkedHashMap<>();
        sizes.put(app.wasm(), Files.size(root.resolve(app.wasm())));
        names.put("wasmFile", app.wasm());
        names.put("wasmRuntimeFile", app.wasmRuntime());
        names.put("wasmBodiesFile", app.wasmBodies());
        names.put("jsFile", app.js());
        // The configuration is written into the loader, so start-up waits for no request of its own.
        Map<String, String> loaderValues = new HashMap<>(names);
        loaderValues.put("config", SiteJson.config(options, app, sizes));
        loaderValues.put("rendererModules", SiteJson.list(rendererModules(root, names.get("rendererFile"))));
        names.put("loaderFile", Fingerprint.write(root, SiteLayout.LOADER_JS,
                bytes(fill(ScriptMinifier.minify(template(SiteLayout.LOADER_JS)), loaderValues))));

        SiteIcons icons = SiteIcons.write(options, root, favicon(options));
        Files.writeString(root.resolve(SiteLayout.MANIFEST), SiteJson.manifest(options, icons), UTF_8);
        String index = indexHtml(options, names, icons);
        Files.writeString(root.resolve(SiteLayout.INDEX_HTML), index, UTF_8);
        // GitHub Pages answers a path that is no file with 404.html, keeping the URL: the app then starts at that
        // route. <base href> makes its relative URLs work at any depth.
        Files.writeString(root.resolve(SiteLayout.NOT_FOUND_HTML), index, UTF_8);

        List<String> files = HostingFiles.siteFiles(root);
        Files.writeString(root.resolve(SiteLayout.SERVICE_WORKER), HostingFiles.serviceWorker(
                ScriptMinifier.minify(template(SiteLayout.SERVICE_WORKER)), root, files), UTF_8);
        Files.writeString(root.resolve(SiteLayout.NETLIFY_HEADERS),
                HostingFiles.netlifyHeaders(options, files), UTF_8);
        Files.writeString(root.resolve(SiteLayout.NETLIFY_REDIRECTS), HostingFiles.netlifyRedirects(options), UTF_8);
        // A site pushed to a GitHub Pages branch is otherwise run through Jekyll, which drops files starting with _.
        Files.writeString(root.resolve(SiteLayout.NO_JEKYLL), "", UTF_8);
        List<String> all = new ArrayList<>(files);
        all.addAll(HostingFiles.NOT_PRECACHED);
        Collections.sort(all);
        return all;
    }

    /** Writes a script template without its comments and indentation (see {@link ScriptMinifier}). */
    private static String writeTemplate(Path root, String name) throws IOException {
        return Fingerprint.write(root, name, bytes(ScriptMinifier.minify(template(name))));
    }

    /**
     * The page's one stylesheet: the loading screen's rules, then the renderer's (when it is on the class path). One
     * file rather than two, since every request before the first paint queues for the few connections a browser
     * opens to a host.
     */
    private static String writeStylesheet(Path root, List<String> renderer) throws IOException {
        StringBuilder css = new StringBuilder(ScriptMinifier.minifyCss(template(SiteLayout.LOADER_CSS)));
        if (renderer.contains(SiteLayout.RENDERER_CSS)) {
            Path rendererCss = root.resolve(SiteLayout.RENDERER_CSS);
            css.append('\n').append(Files.readString(rendererCss, UTF_8));
            Files.delete(rendererCss);
        }
        return Fingerprint.write(root, SiteLayout.STYLESHEET, bytes(css.toString()));
    }

    private static String fingerprintIfPresent(Path root, String path, List<String> copied) throws IOException {
        return copied.contains(path) ? Fingerprint.rename(root, path) : path;
    }

    /** Copies the user's assets to the site root; jflet's own files, written later, replace any of the same name. */
    private static void copyAssets(Path assets, Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path source : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path target = root.resolve(assets.relativize(source).toString()).normalize();
                if (target.startsWith(root)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A leading {@code import"./x"}, {@code import{a}from"./x"} or {@code export{a}from"./x"} (or {@code *}). */
    /**
     * The renderer's modules that its first paint needs: renderer.js and the chunks it imports statically. The
     * loader preloads them right after it started the app's downloads, so they do not take the browser's few
     * connections to the host ahead of the loader.
     */
    private static List<String> rendererModules(Path root, String rendererFile) throws IOException {
        Path rendererJs = root.resolve(rendererFile);
        if (!Files.exists(rendererJs)) {
            return List.of();
        }
        List<String> modules = new ArrayList<>();
        modules.add(rendererFile);
        modules.addAll(staticImports(Files.readString(rendererJs, UTF_8)));
        return modules;
    }

    private static final Pattern STATIC_IMPORT = Pattern.compile(
            "(?:import\\s*(?:(?:\\{[^}]*}|\\*\\s*as\\s+[\\w$]+)\\s*from\\s*)?"
                    + "|export\\s*(?:\\{[^}]*}|\\*(?:\\s*as\\s+[\\w$]+)?)\\s*from\\s*)\"(\\./[^\"]+)\"");

    /**
     * The modules a renderer module imports statically at its start (the chunk renderer.js re-exports start()
     * from), so the loader can preload them with the renderer instead of one round trip later.
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
    static String indexHtml(PublishOptions options, Map<String, String> files, SiteIcons icons) {
        String description = options.description().isEmpty()
                ? ""
                : "  <meta name=\"description\" content=\"" + escapeHtml(options.description()) + "\">\n";
        Map<String, String> values = new HashMap<>();
        files.forEach((key, file) -> values.put(key, escapeHtml(file)));
        values.put("baseUrl", escapeHtml(options.baseUrl()));
        values.put("contentSecurityPolicy", escapeHtml(options.contentSecurityPolicy()));
        values.put("appName", escapeHtml(options.appName()));
        values.put("shortName", escapeHtml(options.shortName()));
        values.put("themeColor", escapeHtml(options.themeColor()));
        values.put("favicon", escapeHtml(icons.favicon()));
        values.put("faviconType", escapeHtml(icons.faviconType()));
        values.put("descriptionMeta", description);
        // The template's comments explain it to its readers; visitors download the page without them.
        return fill(HTML_COMMENT.matcher(template(SiteLayout.INDEX_HTML)).replaceAll(""), values);
    }

    /** Replaces each {{name}} in {@code template}; a name without a value is a bug in the plugin. */
    static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER.matcher(template).replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {{" + match.group(1) + "}}");
            }
            return Matcher.quoteReplacement(value);
        });
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

    static String template(String name) {
        try (InputStream in = SiteAssembler.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing plugin resource: " + TEMPLATES + name);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
