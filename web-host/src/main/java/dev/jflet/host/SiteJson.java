package dev.jflet.host;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Internal: the JSON files of a published site, written with Jackson-jr. */
final class SiteJson {
    private static final JSON WRITER = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

    private SiteJson() {
    }

    /**
     * The site's configuration, which jflet:publish writes into loader.js as an object literal (JSON is one); {@code
     * sizes} has each app file's bytes.
     */
    static String config(PublishOptions options, AppBuild build, Map<String, Long> sizes) throws IOException {
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("name", options.appName());
        app.put("shortName", options.shortName());
        app.put("description", options.description());
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("app", app);
        config.put("wasm", build.wasm());
        config.put("wasmRuntime", build.wasmRuntime());
        config.put("wasmBodies", build.wasmBodies());
        config.put("js", build.js());
        config.put("sizes", sizes);
        config.put("routeUrlStrategy", options.routeUrlStrategy());
        config.put("baseUrl", options.baseUrl());
        return JSON.std.asString(config);
    }

    /** {@code values} as a JSON array of strings, which is also a JavaScript array literal. */
    static String list(List<String> values) throws IOException {
        return JSON.std.asString(values);
    }

    /** {@code manifest.webmanifest}, the web app manifest that makes the site installable. */
    static String manifest(PublishOptions options, SiteIcons icons) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", options.appName());
        manifest.put("short_name", options.shortName());
        if (!options.description().isEmpty()) {
            manifest.put("description", options.description());
        }
        manifest.put("start_url", options.baseUrl());
        manifest.put("scope", options.baseUrl());
        manifest.put("display", "standalone");
        manifest.put("background_color", options.backgroundColor());
        manifest.put("theme_color", options.themeColor());
        manifest.put("icons", icons.manifestIcons());
        return WRITER.asString(manifest) + "\n";
    }
}
