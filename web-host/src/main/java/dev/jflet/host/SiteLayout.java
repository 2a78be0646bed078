package dev.jflet.host;

/** Internal: file names in a published app folder (docs/architecture.md, "A published app folder"). */
final class SiteLayout {
    static final String APP_DIR = "app";
    static final String WASM_FILE = "classes.wasm";
    static final String WASM_RUNTIME_FILE = "classes.wasm-runtime.js";
    static final String JS_FILE = "classes.js";
    static final String WASM = APP_DIR + "/" + WASM_FILE;
    static final String WASM_RUNTIME = APP_DIR + "/" + WASM_RUNTIME_FILE;
    static final String JS = APP_DIR + "/" + JS_FILE;

    static final String INDEX_HTML = "index.html";
    static final String CONFIG_JSON = "jflet-config.json";
    static final String LOADER_JS = "loader.js";
    static final String LOADER_CSS = "loader.css";
    static final String MANIFEST = "manifest.webmanifest";
    static final String FAVICON = "favicon.svg";

    private SiteLayout() {
    }
}
