// What each part of the built renderer costs on the wire: bytes, gzip -9 and brotli (quality 11, what a
// server precompressing static files would use), and when it loads. build.mjs calls it after every build and
// writes renderer-sizes.json and renderer-sizes.md into $JFLET_SIZES_DIR (default: target/); BENCHMARKS.md
// carries the table.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** When a lazily imported module's chunk loads, by that module; control families default to widgets/lazy.ts. */
const LAZY = {
    "src/markdown/render.ts": "first Markdown (marked's lexer + DOM builder)",
    "src/theme/theme-apply.ts": "first Theme (page or Container)",
    "src/theme/seed-scheme.ts": "first theme with a color_scheme_seed",
    "src/services/index.ts": "first service call",
    "src/widgets/scroll-events.ts": "first on_scroll, auto_scroll or scroll_to",
    "src/widgets/sheet-drag.ts": "first draggable BottomSheet",
    "src/widgets/text-state.ts": "first button with a per-state text_style",
};

/** When a stylesheet in chunks/ (scripts/styles.mjs) loads, by its name; a family's loads with its chunk. */
const SHEETS = {
    palette: ["named colours (--flet-c-*)", "first named colour (red100, white54, …)"],
};

/** The part and load time of a stylesheet Rollup emitted into chunks/, from its output record. */
export function sheetRow(asset) {
    const name = (asset.names?.[0] ?? asset.name ?? "").replace(/\.css$/, "");
    return SHEETS[name] ?? [`styles of the ${name} family`, "with its family's chunk (widgets/lazy.ts)"];
}

/** bytes, gzip and brotli sizes of one file's contents. */
export function measure(bytes) {
    return {
        bytes: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
}

/** The files `fileName` imports statically, directly or through other chunks, by Rollup's output records. */
export function staticClosure(output, fileName) {
    const byName = new Map(output.map((o) => [o.fileName, o]));
    const seen = new Set();
    const visit = (name) => {
        for (const dep of byName.get(name)?.imports ?? []) {
            if (!seen.has(dep)) {
                seen.add(dep);
                visit(dep);
            }
        }
    };
    visit(fileName);
    return seen;
}

/**
 * One row per part of the renderer in outDir. `output` is Rollup's for the renderer.js build (scripts/bundle.mjs):
 * the chunks renderer.js imports statically load before first paint; each dynamically imported module's chunk
 * loads when that module is first needed; chunks shared by lazy ones only load with them; the stylesheets in
 * chunks/ load with their family's chunk, the palette with the first named colour. Module paths are reported
 * relative to `sourceRoot`.
 */
export function sizeRows(outDir, output, sourceRoot) {
    const file = (path) => measure(readFileSync(join(outDir, path)));
    const chunks = output.filter((o) => o.type === "chunk");
    const eager = staticClosure(chunks, "renderer.js");
    const source = (id) => relative(sourceRoot, id).replaceAll("\\", "/");
    const rows = [{ file: "renderer.js", part: "renderer entry", loads: "first paint", ...file("renderer.js") }];
    for (const chunk of chunks.filter((c) => !c.isEntry).sort((a, b) => a.fileName.localeCompare(b.fileName))) {
        const path = chunk.fileName;
        let part, loads;
        if (eager.has(path)) {
            [part, loads] = ["renderer code (eager)", "first paint (imported by renderer.js)"];
        } else if (chunk.isDynamicEntry) {
            const module = source(chunk.facadeModuleId);
            [part, loads] = [`lazy chunk: ${module}`, LAZY[module] ?? "first control of its family (widgets/lazy.ts)"];
        } else {
            [part, loads] = ["shared code (lazy)", "with the lazy chunks that import it"];
        }
        rows.push({ file: path, part, loads, ...file(path) });
    }
    rows.push({
        file: "renderer.css",
        part: "font faces, colour schemes, first-paint styles",
        loads: "first paint",
        ...file("renderer.css"),
    });
    const sheets = output.filter((o) => o.type === "asset" && o.fileName.endsWith(".css"));
    for (const sheet of sheets.sort((a, b) => a.fileName.localeCompare(b.fileName))) {
        const [part, loads] = sheetRow(sheet);
        rows.push({ file: sheet.fileName, part, loads, ...file(sheet.fileName) });
    }
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
export function writeSizeReport(outDir, output, sourceRoot, reportDir) {
    const rows = sizeRows(outDir, output, sourceRoot);
    const markdown = sizeTable(rows);
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, "renderer-sizes.json"), JSON.stringify(rows, null, 2) + "\n");
    writeFileSync(join(reportDir, "renderer-sizes.md"), markdown);
    return markdown;
}
