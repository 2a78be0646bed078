package dev.jflet.host;

/**
 * Internal: file names in a published app folder (docs/architecture.md, "A published app folder"), before the
 * content hash that {@link Fingerprint} adds to most of them.
 */
final class SiteLayout {
    static final String APP_DIR = "app";
    static final String WASM_FILE = "classes.wasm";
    static final String WASM_RUNTIME_FILE = "classes.wasm-runtime.js";
    static final String WASM_BODIES_FILE = "classes.wasm-jsbodies.js";
    static final String JS_FILE = "classes.js";
    static final String WASM = APP_DIR + "/" + WASM_FILE;
    static final String WASM_RUNTIME = APP_DIR + "/" + WASM_RUNTIME_FILE;
    static final String WASM_BODIES = APP_DIR + "/" + WASM_BODIES_FILE;
    static final String JS = APP_DIR + "/" + JS_FILE;

    static final String INDEX_HTML = "index.html";
    static final String NOT_FOUND_HTML = "404.html";
    static final String LOADER_JS = "loader.js";
    static final String LOADER_CSS = "loader.css";
    /** The published stylesheet: {@link #LOADER_CSS} followed by {@link #RENDERER_CSS}. */
    static final String STYLESHEET = "style.css";
    static final String SUPPORT_JS = "support.js";
    static final String OFFLINE_JS = "offline.js";
    static final String SERVICE_WORKER = "sw.js";
    static final String RENDERER_JS = "renderer.js";
    static final String RENDERER_CSS = "renderer.css";
    static final String MANIFEST = "manifest.webmanifest";
    static final String FAVICON = "favicon.svg";
    static final String ICONS_DIR = "pwa-icons";
    static final String NETLIFY_HEADERS = "_headers";
    static final String NETLIFY_REDIRECTS = "_redirects";
    static final String NO_JEKYLL = ".nojekyll";

    private SiteLayout() {
    }
}
