// Builds the renderer into $JFLET_OUT_DIR (default target/classes/META-INF/jflet/renderer): renderer.js and
// chunks/ (scripts/bundle.mjs), renderer.css, fonts/ and icons/. Flet's icon tables are read from $JFLET_SHARED_DIR.
// Then writes the size report (scripts/sizes.mjs) into $JFLET_SIZES_DIR (default target/).
import { build, transform } from "esbuild";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { copyFonts, SYMBOLS_PATH } from "./fonts.mjs";
import { iconShards, iconTable } from "./icons.mjs";
import { paletteCss, themeCss } from "./theme.mjs";
import { bundleRenderer } from "./bundle.mjs";
import { writeSizeReport } from "./sizes.mjs";
import { readLigatures } from "./woff2-ligatures.mjs";

const moduleDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = resolve(process.env.JFLET_OUT_DIR ?? join(moduleDir, "target/classes/META-INF/jflet/renderer"));
const sharedDir = resolve(process.env.JFLET_SHARED_DIR ?? join(moduleDir, "../../shared"));
const sizesDir = resolve(process.env.JFLET_SIZES_DIR ?? join(moduleDir, "target"));

if (!existsSync(join(sharedDir, "data/flet-icons/material_icons.json"))) {
    console.error(
        `Flet icon tables not found under ${sharedDir}/data/flet-icons. ` +
            "Set JFLET_SHARED_DIR (Maven passes ${jflet.shared.dir}) to the folder that holds data/flet-icons.",
    );
    process.exit(1);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, "icons"), { recursive: true });

const output = await bundleRenderer(join(moduleDir, "src/main.ts"), outDir, join(moduleDir, "tsconfig.json"));

const [fontCss] = copyFonts(outDir);
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
for (const set of ["material", "cupertino"]) {
    const table = iconTable(sharedDir, set, ligatures);
    // One file per SHARD_SIZE codes, so showing an icon downloads about a kilobyte, not the whole table.
    mkdirSync(join(outDir, "icons", set), { recursive: true });
    for (const shard of iconShards(JSON.parse(table.json))) {
        writeFileSync(join(outDir, "icons", set, `${shard.index}.json`), JSON.stringify(shard.table));
    }
    console.log(`icons/${set}: ${table.withGlyph} of ${table.total} names have a Material Symbols glyph`);
}

console.log(writeSizeReport(outDir, output, moduleDir, sizesDir));
