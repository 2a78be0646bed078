// Copies the shipped fonts and writes their @font-face rules. Faces load only when text needs them:
// Roboto per weight, limited to the Latin range, and the icon font when the first icon renders.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const ROBOTO_DIR = join(dirname(require.resolve("@fontsource/roboto/package.json")), "files");
const SYMBOLS_DIR = dirname(require.resolve("@material-symbols/font-400/package.json"));
const LATIN = require("@fontsource/roboto/unicode.json").latin;

// Body text is 400, labels and buttons 500 (Material 3 type scale), "bold" is 700.
export const ROBOTO_WEIGHTS = [400, 500, 700];
export const SYMBOLS_FILE = "material-symbols-outlined.woff2";
export const SYMBOLS_PATH = join(SYMBOLS_DIR, SYMBOLS_FILE);
// Flet's _ROUNDED and _SHARP icon names use these; each loads only when an icon of its style renders.
const SYMBOL_STYLES = {
    Outlined: SYMBOLS_FILE,
    Rounded: "material-symbols-rounded.woff2",
    Sharp: "material-symbols-sharp.woff2",
};

/** Copies the font files into outDir/fonts and returns [css, files]. */
export function copyFonts(outDir) {
    const fontsDir = join(outDir, "fonts");
    mkdirSync(fontsDir, { recursive: true });
    const files = [];
    let css = "";
    for (const weight of ROBOTO_WEIGHTS) {
        const file = `roboto-latin-${weight}-normal.woff2`;
        copyFileSync(join(ROBOTO_DIR, file), join(fontsDir, file));
        files.push(file);
        css +=
            `@font-face{font-family:Roboto;font-style:normal;font-weight:${weight};font-display:swap;` +
            `src:url(fonts/${file}) format("woff2");unicode-range:${LATIN}}\n`;
    }
    for (const [style, file] of Object.entries(SYMBOL_STYLES)) {
        copyFileSync(join(SYMBOLS_DIR, file), join(fontsDir, file));
        files.push(file);
        // "block" hides the ligature text (e.g. "add") until the glyphs arrive instead of flashing it.
        css +=
            `@font-face{font-family:"Material Symbols ${style}";font-style:normal;font-weight:400;` +
            `font-display:block;src:url(fonts/${file}) format("woff2")}\n`;
    }
    return [css, files];
}
