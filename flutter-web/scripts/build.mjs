// Builds the renderer into $JFLET_OUT_DIR (default target/classes/META-INF/jflet/renderer): renderer.js and
// chunks/ (scripts/bundle.mjs; the lazy stylesheets are chunks/<name>-<hash>.css), renderer.css
// (scripts/styles.mjs), fonts/ and icons/. Flet's icon tables are read from $JFLET_SHARED_DIR.
// Then writes the size report (scripts/sizes.mjs) into $JFLET_SIZES_DIR (default target/).
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { copyFonts, SYMBOLS_PATH } from "./fonts.mjs";
import { iconShards, iconTable } from "./icons.mjs";
import { bundleRenderer } from "./bundle.mjs";
import { firstPaintCss, lazySheets } from "./styles.mjs";
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

const output = await bundleRenderer(
    join(moduleDir, "src/main.ts"),
    outDir,
    join(moduleDir, "tsconfig.json"),
    await lazySheets(moduleDir),
);

const [fontCss] = copyFonts(outDir);
writeFileSync(join(outDir, "renderer.css"), await firstPaintCss(moduleDir, fontCss));

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
