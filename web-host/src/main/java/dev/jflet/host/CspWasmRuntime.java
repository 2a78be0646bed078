package dev.jflet.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.teavm.tooling.TeaVMTool;

/**
 * Internal: TeaVM's WasmGC runtime made to run under a Content-Security-Policy without 'unsafe-eval'.
 *
 * <p>TeaVM 0.15.0's runtime ({@value TeaVmCompiler#WASM_GC_RUNTIME_RESOURCE}) builds functions from source text with
 * {@code new Function} at start-up: global name lookups, wrappers of exported methods, named constructors, the
 * {@code teavmJso} call helpers for each argument count, and every {@code @JSBody}. A strict policy forbids that.
 * This class replaces exactly those definitions with calls to jflet's prelude ({@code teavm/csp-prelude.js}), which
 * does the same with closures and looks {@code @JSBody} functions up in a module compiled ahead of time
 * ({@link JsBodyModule}). The replacement is defined on one exact file: when the runtime's SHA-256 differs (another
 * TeaVM version), publishing fails and names the difference instead of shipping a runtime that breaks.
 */
final class CspWasmRuntime {
    /** SHA-256 of TeaVM 0.15.0's {@code wasm-gc-module-runtime.min.js}, the file the splices below describe. */
    static final String EXPECTED_SHA256 = "d4fc035b410f444f79f49e3890643b8bfd644a02dcfc597e3fcaa8a07bafca08";

    /**
     * One replaced range of the minified runtime, in characters (the file is ASCII). The minified names used in the
     * replacements are that file's: {@code j} rethrows a Java exception to JavaScript, {@code k} wraps a call from
     * Java to JavaScript, {@code x} (inside the JSO imports) rethrows a JavaScript exception to Java, {@code D} is the
     * global name lookup, {@code t} the import object.
     */
    record Splice(int start, int end, String replaces, String replacement) {
    }

    static final List<Splice> SPLICES = List.of(
            new Splice(64, 174, "getGlobalName(name)", "function D(e){return jflet$global(e)}"),
            new Splice(174, 229, "setGlobalName(name, value)", "function O(e,t){jflet$setGlobal(e,t)}"),
            new Splice(7113, 7451, "defineFunction(fn, vararg)", "function S(t,e){return jflet$wrap(t,e,false,j)}"),
            new Splice(7451, 7608, "renameConstructor(name, c)", "function W(e,t){return jflet$named(e,t)}"),
            new Splice(8392, 8756, "teavmJso.defineMethod(cls, name, fn, vararg)",
                    "defineMethod(e,t,n,r){e.prototype[t]=jflet$wrap(n,r,true,j)}"),
            new Splice(11203, 12209, "the loop defining createFunction0..31, callFunction, callMethod, construct,"
                    + " arrayOf", "for(let e=0;e<32;++e){jflet$jsoCalls(t.teavmJso,e,k,x,D)}"));

    private static final String PRELUDE = "/dev/jflet/host/teavm/csp-prelude.js";

    private CspWasmRuntime() {
    }

    /** The CSP-safe runtime, built from the one in the TeaVM on the plugin's class path. */
    static String build() throws IOException {
        try (InputStream in = TeaVMTool.class.getClassLoader()
                .getResourceAsStream(TeaVmCompiler.WASM_GC_RUNTIME_RESOURCE)) {
            if (in == null) {
                throw new IOException("teavm-core has no " + TeaVmCompiler.WASM_GC_RUNTIME_RESOURCE
                        + "; jflet needs TeaVM 0.15.0.");
            }
            return transform(in.readAllBytes());
        }
    }

    /** Applies {@link #SPLICES} to TeaVM 0.15.0's runtime and puts the prelude first. */
    static String transform(byte[] runtime) throws IOException {
        String sha256 = sha256(runtime);
        if (!sha256.equals(EXPECTED_SHA256)) {
            throw new IOException("TeaVM's WasmGC runtime (" + TeaVmCompiler.WASM_GC_RUNTIME_RESOURCE + ") has SHA-256 "
                    + sha256 + ", not " + EXPECTED_SHA256 + " (TeaVM 0.15.0). jflet rewrites that exact file so it"
                    + " runs without 'unsafe-eval'; use TeaVM 0.15.0, or update CspWasmRuntime for this version.");
        }
        String text = new String(runtime, StandardCharsets.US_ASCII);
        StringBuilder out = new StringBuilder(prelude());
        int at = 0;
        for (Splice splice : SPLICES) {
            String replaced = text.substring(splice.start(), splice.end());
            if (!replaced.contains("new Function(")) {
                throw new IllegalStateException("splice of " + splice.replaces() + " does not cover a new Function");
            }
            out.append(text, at, splice.start()).append(splice.replacement());
            at = splice.end();
        }
        out.append(text, at, text.length());
        String result = out.toString();
        if (result.contains("new Function") || result.contains("eval(")) {
            throw new IllegalStateException("the rewritten WasmGC runtime still generates code at run time");
        }
        return result;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String prelude() throws IOException {
        try (InputStream in = CspWasmRuntime.class.getResourceAsStream(PRELUDE)) {
            if (in == null) {
                throw new IOException("Missing plugin resource: " + PRELUDE);
            }
            String prelude = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Published without comments but its first sentence (two lines): what the file is and where it comes from.
            int sentenceEnd = prelude.indexOf('\n', prelude.indexOf('\n') + 1) + 1;
            return prelude.substring(0, sentenceEnd) + ScriptMinifier.minify(prelude);
        }
    }
}
