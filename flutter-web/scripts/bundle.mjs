// Bundles the renderer's TypeScript into outDir with Rollup: renderer.js re-exports start() from the chunk
// that holds everything needed at first paint (chunks/main-<hash>.js), and every dynamically imported module
// becomes a lazy chunk of its own that imports from that one. Rollup keeps the entry's static graph in one
// chunk even when lazy chunks share code with it, so the page preloads two modules, not one per shared piece.
// esbuild compiles each TypeScript file and minifies each chunk. The stylesheets that load on first use
// (scripts/styles.mjs) are emitted as chunks/<name>-<hash>.css, their URLs written into src/styles/sheet-urls.ts.
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { transform } from "esbuild";
import { rollup } from "rollup";

// Node's resolution from this folder. Both packages the renderer imports point their "default" export
// condition at their ES module build, so require's conditions find the same files as import's.
const packages = createRequire(import.meta.url);

/** Where a relative import without extension of a TypeScript module points: `x.ts`, else `x/index.ts`. */
export function tsCandidates(importer, source) {
    const base = resolve(dirname(importer), source);
    return [`${base}.ts`, join(base, "index.ts")];
}

/** A chunk's name: its module's file name, or the folder's for an index.ts (services/index.ts is "services"). */
export function chunkName(chunk) {
    const id = chunk.facadeModuleId ?? "";
    return id.endsWith("/index.ts") ? basename(dirname(id)) : chunk.name;
}

/** The module whose contents the plugin replaces with the lazy stylesheets' URLs. */
export const SHEET_URLS_MODULE = "src/styles/sheet-urls.ts";

/**
 * sheet-urls.ts as the build writes it: each sheet's URL, which Rollup writes from the emitted file's reference
 * as `new URL("<name>-<hash>.css", import.meta.url).href`, relative to the chunk that holds this module.
 */
export function sheetUrlsModule(refs) {
    const entries = Object.entries(refs).map(
        ([name, ref]) => `${JSON.stringify(name)}: import.meta.ROLLUP_FILE_URL_${ref}`,
    );
    return `export const SHEET_URLS = {${entries.join(", ")}};\n`;
}

/**
 * The Rollup plugin: resolves the renderer's own imports (see tsCandidates) and the bare package imports
 * (marked, @material/material-color-utilities) through Node's resolution, compiles TypeScript as the project's
 * tsconfig says, and minifies each output chunk. Each of `sheets` ({name: css}) becomes a file named by its
 * content, and SHEET_URLS_MODULE is loaded as their URLs.
 */
export function esbuildPlugin(tsconfigRaw, sheets = {}) {
    let refs = {};
    return {
        name: "jflet-esbuild",
        buildStart() {
            refs = {};
            for (const [name, source] of Object.entries(sheets)) {
                refs[name] = this.emitFile({ type: "asset", name: `${name}.css`, source });
            }
        },
        load(id) {
            return id.replaceAll("\\", "/").endsWith(`/${SHEET_URLS_MODULE}`) ? sheetUrlsModule(refs) : null;
        },
        resolveId(source, importer) {
            if (!importer) return null;
            if (source.startsWith(".") && importer.endsWith(".ts")) {
                return tsCandidates(importer, source).find((file) => existsSync(file)) ?? null;
            }
            if (!source.startsWith(".") && !isAbsolute(source)) return packages.resolve(source);
            return null;
        },
        async transform(code, id) {
            if (!id.endsWith(".ts")) return null;
            const out = await transform(code, { loader: "ts", target: "es2020", sourcefile: id, tsconfigRaw });
            return { code: out.code, map: null };
        },
        async renderChunk(code) {
            const out = await transform(code, { minify: true, format: "esm", target: "es2020", legalComments: "none" });
            return { code: out.code, map: null };
        },
    };
}

/**
 * Writes renderer.js and chunks/ for `entry` into outDir, with the stylesheets `sheets` ({name: css}) as
 * chunks/<name>-<hash>.css; returns Rollup's output (one record per file).
 */
export async function bundleRenderer(entry, outDir, tsconfigPath, sheets = {}) {
    const tsconfigRaw = { compilerOptions: JSON.parse(readFileSync(tsconfigPath, "utf8")).compilerOptions };
    const bundle = await rollup({
        input: { renderer: entry },
        plugins: [esbuildPlugin(tsconfigRaw, sheets)],
        // Cycles through render/base-props.ts are known and harmless: setters are hoisted function declarations.
        onwarn(warning, warn) {
            if (warning.code !== "CIRCULAR_DEPENDENCY") warn(warning);
        },
    });
    try {
        const { output } = await bundle.write({
            dir: outDir,
            format: "es",
            entryFileNames: "[name].js",
            // src/main.ts relies on chunks/ being one folder below renderer.js to find the icon tables.
            chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
            assetFileNames: "chunks/[name]-[hash:8][extname]",
            // Hex keeps the names to the characters web-host's HostingFiles recognises as a content hash.
            hashCharacters: "hex",
            generatedCode: "es2015",
        });
        return output;
    } finally {
        await bundle.close();
    }
}
