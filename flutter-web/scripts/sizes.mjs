// What each part of the built renderer costs on the wire: bytes, gzip -9 and brotli (quality 11, what a
// server precompressing static files would use), and when it loads. build.mjs calls it after every build and
// writes renderer-sizes.json and renderer-sizes.md into $JFLET_SIZES_DIR (default: target/); BENCHMARKS.md
// carries the table.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** When a lazily imported module's chunk loads, by the module esbuild split it from. */
const LAZY = {
    "src/markdown/render.ts": "first Markdown (marked's lexer + DOM builder)",
    "src/theme/theme-apply.ts": "first Theme (page or Container)",
    "src/theme/seed-scheme.ts": "first theme with a color_scheme_seed",
};

/** bytes, gzip and brotli sizes of one file's contents. */
export function measure(bytes) {
    return {
        bytes: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
}

/**
 * One row per part of the renderer in outDir. `metafile` is esbuild's for the renderer.js build; it says which
 * chunks renderer.js imports (they load before first paint) and which module each lazy chunk came from.
 */
export function sizeRows(outDir, metafile) {
    const file = (path) => measure(readFileSync(join(outDir, path)));
    const outputs = Object.entries(metafile.outputs).map(([path, out]) => [relative(outDir, path), out]);
    const eager = new Set(
        outputs
            .find(([path]) => path === "renderer.js")[1]
            .imports.filter((i) => i.kind === "import-statement")
            .map((i) => relative(outDir, i.path)),
    );
    const rows = [{ file: "renderer.js", part: "renderer (eager)", loads: "first paint", ...file("renderer.js") }];
    for (const [path, out] of outputs.filter(([p]) => p.startsWith("chunks/")).sort(([a], [b]) => a.localeCompare(b))) {
        const entry = out.entryPoint;
        const loads = eager.has(path)
            ? "first paint (imported by renderer.js)"
            : entry
              ? (LAZY[entry] ?? "first control of its family (widgets/lazy.ts)")
              : "with the lazy chunks that import it";
        const part = entry ? `lazy chunk: ${entry}` : eager.has(path) ? "shared code (eager)" : "shared code (lazy)";
        rows.push({ file: path, part, loads, ...file(path) });
    }
    rows.push({
        file: "renderer.css",
        part: "styles, colour tokens, palette",
        loads: "first paint",
        ...file("renderer.css"),
    });
    // woff2 is compressed already; servers send it as is, so its gzip and brotli columns only show that.
    const fontLoads = (font) =>
        font.startsWith("roboto")
            ? "first text of its weight"
            : `first ${{ outlined: "", rounded: "_ROUNDED ", sharp: "_SHARP " }[/symbols-(\w+)/.exec(font)[1]]}icon`;
    for (const font of readdirSync(join(outDir, "fonts")).sort()) {
        const part = font.startsWith("roboto") ? "text font" : "icon font";
        rows.push({ file: `fonts/${font}`, part, loads: fontLoads(font), ...file(`fonts/${font}`) });
    }
    for (const set of readdirSync(join(outDir, "icons")).sort()) {
        const shards = readdirSync(join(outDir, "icons", set)).map((f) => file(`icons/${set}/${f}`));
        const total = (key) => shards.reduce((sum, s) => sum + s[key], 0);
        const range = (key) => `${Math.min(...shards.map((s) => s[key]))}–${Math.max(...shards.map((s) => s[key]))}`;
        rows.push({
            file: `icons/${set}/*.json`,
            part: `icon table, ${shards.length} files`,
            loads: "first icon of a file's range",
            bytes: total("bytes"),
            gzip: total("gzip"),
            brotli: total("brotli"),
            each: { bytes: range("bytes"), gzip: range("gzip"), brotli: range("brotli") },
        });
    }
    return rows;
}

/** The rows as a markdown table, with the first-paint total. */
export function sizeTable(rows) {
    const lines = ["| file | part | bytes | gzip | brotli | loads |", "|---|---|---:|---:|---:|---|"];
    const cell = (row, key) => (row.each ? `${row[key]} (${row.each[key]} each)` : String(row[key]));
    for (const row of rows) {
        lines.push(
            `| ${row.file} | ${row.part} | ${cell(row, "bytes")} | ${cell(row, "gzip")} | ${cell(row, "brotli")} | ${row.loads} |`,
        );
    }
    const first = rows.filter((r) => r.loads.startsWith("first paint"));
    const sum = (key) => first.reduce((s, r) => s + r[key], 0);
    lines.push(`| **first paint (JS + CSS)** | | ${sum("bytes")} | ${sum("gzip")} | ${sum("brotli")} | |`);
    return lines.join("\n") + "\n";
}

/** Writes renderer-sizes.json and renderer-sizes.md into reportDir and returns the markdown. */
export function writeSizeReport(outDir, metafile, reportDir) {
    const rows = sizeRows(outDir, metafile);
    const markdown = sizeTable(rows);
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, "renderer-sizes.json"), JSON.stringify(rows, null, 2) + "\n");
    writeFileSync(join(reportDir, "renderer-sizes.md"), markdown);
    return markdown;
}
