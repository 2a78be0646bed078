// Builds the renderer into $JFLET_OUT_DIR (default target/classes/META-INF/jflet/renderer):
// renderer.js, renderer.css, fonts/ and icons/. Flet's icon tables are read from $JFLET_SHARED_DIR.
import { build, transform } from "esbuild";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { copyFonts, SYMBOLS_PATH } from "./fonts.mjs";
import { iconShards, iconTable } from "./icons.mjs";
import { paletteCss, themeCss } from "./theme.mjs";
import { readLigatures } from "./woff2-ligatures.mjs";

const moduleDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = resolve(process.env.JFLET_OUT_DIR ?? join(moduleDir, "target/classes/META-INF/jflet/renderer"));
const sharedDir = resolve(process.env.JFLET_SHARED_DIR ?? join(moduleDir, "../../shared"));

if (!existsSync(join(sharedDir, "data/flet-icons/material_icons.json"))) {
    console.error(
        `Flet icon tables not found under ${sharedDir}/data/flet-icons. ` +
            "Set JFLET_SHARED_DIR (Maven passes ${jflet.shared.dir}) to the folder that holds data/flet-icons.",
    );
    process.exit(1);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, "icons"), { recursive: true });

// Splitting puts dynamically imported pieces (the Markdown parser) into chunks/, loaded on first use.
await build({
    entryPoints: { renderer: join(moduleDir, "src/main.ts") },
    outdir: outDir,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    target: "es2020",
    legalComments: "none",
    logLevel: "warning",
});

const [fontCss, fontFiles] = copyFonts(outDir);
const ownCss = await build({
    entryPoints: [join(moduleDir, "src/styles/index.css")],
    bundle: true,
    write: false,
    minify: true,
    logLevel: "warning",
});
const generated = await transform(fontCss + themeCss() + paletteCss(), { loader: "css", minify: true });
writeFileSync(join(outDir, "renderer.css"), generated.code + ownCss.outputFiles[0].text);

const ligatures = readLigatures(SYMBOLS_PATH);
const shardFiles = [];
for (const set of ["material", "cupertino"]) {
    const table = iconTable(sharedDir, set, ligatures);
    // One file per SHARD_SIZE codes, so showing an icon downloads about a kilobyte, not the whole table.
    mkdirSync(join(outDir, "icons", set), { recursive: true });
    for (const shard of iconShards(JSON.parse(table.json))) {
        writeFileSync(join(outDir, "icons", set, `${shard.index}.json`), JSON.stringify(shard.table));
        shardFiles.push(`icons/${set}/${shard.index}.json`);
    }
    console.log(`icons/${set}: ${table.withGlyph} of ${table.total} names have a Material Symbols glyph`);
}

const chunks = readdirSync(join(outDir, "chunks")).map((f) => `chunks/${f}`);
const report = ["renderer.js", "renderer.css", ...chunks, shardFiles[0], shardFiles[shardFiles.length - 1]]
    .concat(fontFiles.map((f) => `fonts/${f}`))
    .map((file) => {
        const bytes = readFileSync(join(outDir, file));
        return `${file}: ${bytes.length} B, ${gzipSync(bytes, { level: 9 }).length} B gzip`;
    });
console.log(report.join("\n"));
