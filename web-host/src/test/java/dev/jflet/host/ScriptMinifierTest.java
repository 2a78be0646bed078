package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptMinifierTest {
    @TempDir
    Path temp;

    @Test
    void minify_commentsIndentationAndBlankLines_areRemoved() {
        String script = """
                // A line comment.
                /**
                 * A block comment.
                 */
                function f(a) {
                    const b = a /* inline */ + 1; // trailing

                    return b;
                }
                """;

        assertEquals("function f(a) {\nconst b = a + 1;\nreturn b;\n}\n", ScriptMinifier.minify(script));
    }

    @Test
    void minify_lineBreaksBetweenCode_areKeptForSemicolonInsertion() {
        assertEquals("let a = 1\nlet b = a\n++b\n", ScriptMinifier.minify("let a = 1\n  let b = a\n\n  ++b\n"));
        assertEquals("return\nx\n", ScriptMinifier.minify("return /* a\n comment */ x\n"));
    }

    @Test
    void minify_stringsTemplatesAndRegularExpressions_areCopiedAsTheyAre() {
        String script = "const s = \"a // b /* c */  d\" + 'it\\'s  // x';\n"
                + "const t = `  ${n > 1 ? `${n} // items` : {a: 1}.a}  /* kept */ ${'}'}`;\n"
                + "const r = /^[\\p{ID_Start}$_][/*]*\\/\\//u.test(x) && (y / 2) / 3;\n"
                + "if (ok) return /a b/g;\n";

        assertEquals(script, ScriptMinifier.minify(script));
    }

    @Test
    void minifyCss_commentsAndIndentation_areRemovedButNotSlashesOrStrings() {
        String css = """
                /* The loading screen. */
                .a {
                    font: 16px/1.5 "Segoe UI /* not a comment */", sans-serif;
                    background: url(https://example.com/a.png); /* trailing */
                    grid-area: 1 / 2;
                }
                """;

        assertEquals(".a {\nfont: 16px/1.5 \"Segoe UI /* not a comment */\", sans-serif;\n"
                + "background: url(https://example.com/a.png);\ngrid-area: 1 / 2;\n}\n", ScriptMinifier.minifyCss(css));
    }

    @Test
    void minify_placeholdersInStrings_survive() {
        String loader = SiteAssembler.template(SiteLayout.LOADER_JS);

        String minified = ScriptMinifier.minify(loader);

        assertTrue(minified.contains("const RENDERER_FILE = \"{{rendererFile}}\";"), minified);
        assertTrue(minified.contains("const CONFIG = {{config}};"), minified);
        assertTrue(minified.length() < loader.length() * 3 / 4, minified.length() + " of " + loader.length());
        assertEquals(-1, minified.indexOf("\n "), "no indented line");
        assertEquals(-1, minified.indexOf("//"), "no comment and no // in the loader's code");
    }

    @Test
    void minify_jfletsScripts_stayValidJavaScript() throws Exception {
        Path node = ExternalTools.node().orElse(null);
        assumeTrue(node != null, "Node is not installed");
        for (String name : List.of(SiteLayout.LOADER_JS, SiteLayout.SUPPORT_JS, SiteLayout.OFFLINE_JS,
                SiteLayout.SERVICE_WORKER)) {
            // .mjs: node checks the file as a module, as browsers run the loader and the offline module.
            Path script = temp.resolve(name.replace(".js", name.equals(SiteLayout.LOADER_JS)
                    || name.equals(SiteLayout.OFFLINE_JS) ? ".mjs" : ".js"));
            // The configuration and the renderer's modules are literals that jflet:publish writes in.
            Files.writeString(script, ScriptMinifier.minify(SiteAssembler.template(name)).replace("{{config}}", "{}")
                    .replace("{{rendererModules}}", "[]"));

            ExternalTools.run(List.of(node.toString(), "--check", script.toString()));
        }
    }

    @Test
    void minify_unterminatedInput_failsNamingIt() {
        assertThrows(IllegalArgumentException.class, () -> ScriptMinifier.minify("const a = \"open\n"));
        assertThrows(IllegalArgumentException.class, () -> ScriptMinifier.minify("/* open"));
        assertThrows(IllegalArgumentException.class, () -> ScriptMinifier.minify("const t = `${a}"));
        assertThrows(IllegalArgumentException.class, () -> ScriptMinifier.minify("x = /open\n"));
    }
}
