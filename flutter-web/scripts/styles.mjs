// The renderer's CSS: renderer.css, what first paint needs (the @font-face rules, the colour schemes of
// scripts/theme.mjs and src/styles/index.css), and the sheets that load on first use (src/styles/sheet-urls.ts):
// one per lazily loaded control family, src/styles/lazy/<family>.css, and "palette", the named colours.
// esbuild bundles each sheet's @imports and minifies it; scripts/bundle.mjs emits the lazy ones with Rollup.
import { build, transform } from "esbuild";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { paletteCss, themeCss } from "./theme.mjs";

/** A CSS file with its @imports inlined, minified. */
async function bundleCss(file) {
    const out = await build({ entryPoints: [file], bundle: true, write: false, minify: true, logLevel: "warning" });
    return out.outputFiles[0].text;
}

const minify = async (css) => (await transform(css, { loader: "css", minify: true })).code;

/** renderer.css: the font faces (`fontCss`), both colour schemes, then the first-paint rules. */
export async function firstPaintCss(moduleDir, fontCss) {
    return (await minify(fontCss + themeCss())) + (await bundleCss(join(moduleDir, "src/styles/index.css")));
}

/** The family names that have a stylesheet: the files in src/styles/lazy, without ".css". */
export const familySheetNames = (moduleDir) =>
    readdirSync(join(moduleDir, "src/styles/lazy"))
        .filter((f) => f.endsWith(".css"))
        .map((f) => f.slice(0, -4))
        .sort();

/** {name: minified CSS} of every sheet that loads on first use: each family's, and "palette". */
export async function lazySheets(moduleDir) {
    /** @type {Record<string, string>} */
    const sheets = {};
    for (const name of familySheetNames(moduleDir)) {
        sheets[name] = await bundleCss(join(moduleDir, "src/styles/lazy", `${name}.css`));
    }
    sheets.palette = await minify(paletteCss());
    return sheets;
}
