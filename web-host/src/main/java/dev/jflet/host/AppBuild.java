package dev.jflet.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Internal: the compiled app in a site folder, completed and fingerprinted. TeaVM wrote {@code app/classes.wasm} and
 * {@code app/classes.js}; this adds the CSP-safe WasmGC runtime ({@link CspWasmRuntime}) and the module of the
 * build's {@code @JSBody} functions ({@link JsBodyModule}), then gives all four content-hashed names.
 *
 * @param wasm the WasmGC module
 * @param wasmRuntime TeaVM's runtime for it, rewritten to run without 'unsafe-eval'
 * @param wasmBodies the module's JavaScript bodies, compiled ahead of time
 * @param js the JavaScript build
 */
record AppBuild(String wasm, String wasmRuntime, String wasmBodies, String js) {

    /** Completes and fingerprints the app TeaVM compiled into {@code root/app/}. */
    static AppBuild finish(Path root) throws IOException {
        for (String compiled : List.of(SiteLayout.WASM, SiteLayout.JS)) {
            if (!Files.isRegularFile(root.resolve(compiled))) {
                throw new IOException("No compiled app at " + root.resolve(compiled) + ": compile the app with"
                        + " TeaVM into " + root.resolve(SiteLayout.APP_DIR) + " before assembling the site.");
            }
        }
        byte[] wasm = Files.readAllBytes(root.resolve(SiteLayout.WASM));
        List<WasmJsBodies.JsBody> bodies;
        try {
            bodies = WasmJsBodies.read(wasm);
        } catch (WasmFormatException e) {
            throw new IOException("Could not read the @JSBody functions of " + SiteLayout.WASM + " (" + e.getMessage()
                    + "). jflet reads the layout TeaVM 0.15.0 writes; another TeaVM version needs an update of"
                    + " WasmJsBodies.", e);
        }
        String bodiesModule = JsBodyModule.source(SiteLayout.WASM_FILE, bodies);
        return new AppBuild(
                Fingerprint.rename(root, SiteLayout.WASM),
                Fingerprint.write(root, SiteLayout.WASM_RUNTIME, bytes(CspWasmRuntime.build())),
                Fingerprint.write(root, SiteLayout.WASM_BODIES, bytes(bodiesModule)),
                Fingerprint.rename(root, SiteLayout.JS));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
