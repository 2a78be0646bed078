// Material 3 colour schemes computed at build time, so the renderer ships plain CSS custom properties
// instead of the colour maths. Flet's default theme seeds ColorScheme.fromSeed with Colors.blue
// (packages/flet/lib/src/utils/theme.dart). The maths is src/theme/seed-scheme.ts, the same module the
// renderer loads as a chunk when an app names its own seed, bundled here for Node.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import materialColors from "material-colors/dist/colors.json" with { type: "json" };

export const DEFAULT_SEED = 0xff2196f3;

const SEED_SCHEME = join(dirname(fileURLToPath(import.meta.url)), "../src/theme/seed-scheme.ts");
const bundled = await build({
    entryPoints: [SEED_SCHEME],
    bundle: true,
    write: false,
    format: "esm",
    logLevel: "warning",
});
const { schemeFromSeed } = await import(
    "data:text/javascript;base64," + Buffer.from(bundled.outputFiles[0].text).toString("base64")
);

/** Returns {role: "#rrggbb"} for one brightness; roles are the custom property names (--flet-<role>). */
export const colorScheme = (seed, dark) => schemeFromSeed(seed, dark);

const declarations = (scheme) =>
    Object.entries(scheme)
        .map(([role, value]) => `--flet-${role}:${value};`)
        .join("");

/**
 * CSS for both schemes. The renderer resolves theme_mode (and prefers-color-scheme for "system") and sets
 * data-theme on its root and on each Container with its own theme_mode, so each scheme is written once.
 */
export function themeCss(seed = DEFAULT_SEED) {
    return (
        `.flet-root,.flet-root [data-theme=light]{color-scheme:light;${declarations(colorScheme(seed, false))}}\n` +
        `.flet-root[data-theme=dark],.flet-root [data-theme=dark]{color-scheme:dark;${declarations(colorScheme(seed, true))}}\n`
    );
}

// Flutter's Colors has grey 350 and 850 on top of the Material 2014 palette.
const FLUTTER_EXTRA = { grey: { 350: "#d6d6d6", 850: "#303030" } };

/**
 * The named Material colours Flet accepts ("red", "red100", "redaccent200", "white54", ...) as custom
 * properties; the renderer only validates the name and refers to var(--flet-c-<name>).
 */
export function paletteCss() {
    const vars = [];
    for (const [key, swatch] of Object.entries(materialColors)) {
        if (typeof swatch !== "object" || !("500" in swatch)) continue;
        const name = key.replace(/-/g, "");
        const shades = { ...swatch, ...FLUTTER_EXTRA[name] };
        for (const [shade, value] of Object.entries(shades)) {
            if (shade.startsWith("a")) vars.push([`${name}accent${shade.slice(1)}`, value]);
            else vars.push([`${name}${shade}`, value]);
        }
        vars.push([name, shades["500"]]);
        if (shades.a200) vars.push([`${name}accent`, shades.a200]);
    }
    vars.push(["white", "#fff"], ["black", "#000"]);
    for (const a of [10, 12, 24, 30, 38, 54, 60, 70]) vars.push([`white${a}`, `rgb(255 255 255/.${a})`]);
    for (const a of [12, 26, 38, 45, 54, 87]) vars.push([`black${a}`, `rgb(0 0 0/.${a})`]);
    return `.flet-root{${vars.map(([n, v]) => `--flet-c-${n}:${v};`).join("")}}\n`;
}
