package dev.jflet.host;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Internal: the ES module of a WasmGC build's {@code @JSBody} functions, compiled ahead of time (see
 * {@link CspWasmRuntime}). It exports {@code jsBody(params, body)}, which returns the function TeaVM's runtime would
 * have built from that parameter list and body text, or undefined.
 *
 * <p>The bodies run as module code, so in strict mode, as they do in the JavaScript build (an ES2015 module too).
 */
final class JsBodyModule {
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}$_][\\p{L}\\p{N}$_]*");

    private JsBodyModule() {
    }

    /** The module's source text for {@code bodies} read from {@code wasmFile} (named in its header comment). */
    static String source(String wasmFile, List<WasmJsBodies.JsBody> bodies) throws IOException {
        StringBuilder out = new StringBuilder()
                .append("// The @JSBody functions of ").append(wasmFile)
                .append(", compiled ahead of time by jflet:publish so the page needs no 'unsafe-eval'.\n")
                .append("const bodies = new Map([\n");
        for (WasmJsBodies.JsBody body : bodies) {
            check(body);
            out.append("[").append(JSON.std.asString(key(body.parameters(), body.body())))
                    .append(", function (wrapCallFromJavaToJs");
            for (String parameter : body.parameters()) {
                out.append(", ").append(parameter);
            }
            // A line break on each side, as the Function constructor adds: a body may end in a // comment.
            out.append(") {\n").append(body.body()).append("\n}],\n");
        }
        return out.append("]);\n\n")
                .append("/** The function for createFunction's parameter names and body text, or undefined. */\n")
                .append("export function jsBody(params, body) {\n")
                .append("    return bodies.get(params.join(\",\") + \")\" + body);\n")
                .append("}\n")
                .toString();
    }

    /** The table key: parameter names cannot contain ")" or ",", so the key is unambiguous. */
    static String key(List<String> parameters, String body) {
        return String.join(",", parameters) + ")" + body;
    }

    private static void check(WasmJsBodies.JsBody body) {
        Set<String> seen = new HashSet<>();
        for (String parameter : body.parameters()) {
            if (!IDENTIFIER.matcher(parameter).matches() || parameter.equals("wrapCallFromJavaToJs")
                    || !seen.add(parameter)) {
                throw new WasmFormatException("@JSBody parameter \"" + parameter + "\" of {" + body.body()
                        + "} is not a distinct JavaScript identifier");
            }
        }
    }
}
