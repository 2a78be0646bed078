package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TeaVM's WasmGC runtime rewritten to run without 'unsafe-eval'. */
class CspWasmRuntimeTest {
    @TempDir
    Path temp;

    @Test
    void build_teaVm0150Runtime_hasNoCodeGenerationAndCallsThePrelude() throws IOException {
        String runtime = CspWasmRuntime.build();

        assertFalse(runtime.contains("new Function"));
        for (CspWasmRuntime.Splice splice : CspWasmRuntime.SPLICES) {
            assertTrue(runtime.contains(splice.replacement()), splice.replaces());
        }
        assertTrue(runtime.contains("export{x as defaults,t as load,e as wrapImport};"), "still exports load");
    }

    @Test
    void transform_anotherRuntime_failsNamingTheExpectedTeaVmVersion() {
        IOException e = assertThrows(IOException.class,
                () -> CspWasmRuntime.transform("export function load() {}".getBytes(StandardCharsets.UTF_8)));

        assertTrue(e.getMessage().contains("not " + CspWasmRuntime.EXPECTED_SHA256 + " (TeaVM 0.15.0)"),
                e.getMessage());
    }

    @Test
    void prelude_replacementsBehaveAsTheFunctionsTheyReplace() throws Exception {
        Path node = ExternalTools.node().orElse(null);
        assumeTrue(node != null, "Node is not installed");
        String prelude;
        try (InputStream in = CspWasmRuntime.class.getResourceAsStream("/dev/jflet/host/teavm/csp-prelude.js")) {
            // As published: without comments and indentation.
            prelude = ScriptMinifier.minify(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Path script = temp.resolve("check.mjs");
        Files.writeString(script, prelude + """
                const out = [];
                const rethrow = (e) => { throw new Error("java:" + e.message); };
                out.push(jflet$global("Math.PI") === Math.PI, typeof jflet$global("Uint8Array"));
                try { jflet$global("noSuchGlobal"); } catch (e) { out.push(e.name); }
                jflet$setGlobal("jfletTestValue", 7);
                out.push(globalThis.jfletTestValue);
                const plain = jflet$wrap((a, b) => [a, b], false, false, rethrow);
                out.push(JSON.stringify(plain(1, 2, 3)), plain.length);
                const rest = jflet$wrap((a, b) => [a, b], true, false, rethrow);
                out.push(JSON.stringify(rest(1, 2, 3)), rest.length);
                const method = jflet$wrap((self, a) => [self.name, a], false, true, rethrow);
                out.push(JSON.stringify(method.call({ name: "obj" }, 5, 6)));
                const failing = jflet$wrap(() => { throw new Error("boom"); }, false, false, rethrow);
                try { failing(); } catch (e) { out.push(e.message); }
                const named = jflet$named("Counter", function (marker, java) { this.java = java; });
                out.push(named.name, new named(null, 42).java);
                const jso = { jfletJsBody: (params, body) => params.join() === "a,b" && body === "return a+b;"
                        ? function (wrap, a, b) { return a + b; } : undefined };
                const lookUp = (name) => jflet$global(name);
                for (let n = 0; n < 3; n++) jflet$jsoCalls(jso, n, (call) => call(), rethrow, lookUp);
                out.push(jso.createFunction2("a", "b", "return a+b;")(2, 3));
                try { jso.createFunction2("a", "b", "return a-b;"); }
                catch (e) { out.push(e.message.startsWith("jflet: no JavaScript")); }
                out.push(jso.callFunction2((a, b) => a * b, 4, 5), jso.callMethod1(null, "parseInt", "12"),
                        jso.callMethod1([1, 2], "indexOf", 2), jso.construct1(Array, 3).length,
                        JSON.stringify(jso.arrayOf2(1, 2)));
                console.log(out.join(" "));
                """);

        String result = ExternalTools.run(List.of(node.toString(), script.toString()));

        assertEquals("true function ReferenceError 7 [1,2] 2 [1,[2,3]] 1 [\"obj\",5] java:boom Counter 42 5 true"
                + " 20 12 1 3 [1,2]", result.trim());
    }
}
