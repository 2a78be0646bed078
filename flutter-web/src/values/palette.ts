// Flet's named Material colours ("red100", "redaccent200", "white54", …) are custom properties,
// --flet-c-<name>, in a stylesheet of their own (scripts/theme.mjs paletteCss, about 2 KB gzip) that loads
// the first time a message names one. The session holds such a message until the sheet is there
// (needsPalette), so no element shows with an unset colour; parseColor requests the sheet too, for a colour
// that reaches it by another way. Theme roles ("primary") are not palette colours: they are in renderer.css.
import { isRecord } from "../tree/control";
import { loadSheet, sheetSettled } from "../styles/sheets";

const SWATCHES = new Set(
    "red pink purple deeppurple indigo blue lightblue cyan teal green lightgreen lime yellow amber orange deeporange brown grey bluegrey".split(
        " ",
    ),
);
const NO_ACCENT = new Set(["brown", "grey", "bluegrey"]);
const SHADES = new Set(["", "50", "100", "200", "300", "400", "500", "600", "700", "800", "900"]);
const ACCENT_SHADES = new Set(["", "100", "200", "400", "700"]);
const WHITE_ALPHAS = new Set(["", "10", "12", "24", "30", "38", "54", "60", "70"]);
const BLACK_ALPHAS = new Set(["", "12", "26", "38", "45", "54", "87"]);

/** The longest palette name, "deeppurpleaccent700" (and "deeporangeaccent700", "lightgreenaccent700"). */
export const LONGEST_NAME = 19;
/** Room for an opacity after the name (",0.12345"): a longer string is no palette colour the check sees. */
const LONGEST_VALUE = LONGEST_NAME + 9;

/** Whether a lower-case name is one of the palette's colours. */
export function isPaletteName(lower: string): boolean {
    const m = /^([a-z]+?)(accent)?(\d*)$/.exec(lower);
    if (!m) return false;
    const [, base, accent, shade] = m;
    return accent
        ? SWATCHES.has(base) && !NO_ACCENT.has(base) && ACCENT_SHADES.has(shade)
        : (SWATCHES.has(base) && (SHADES.has(shade) || (base === "grey" && (shade === "350" || shade === "850")))) ||
              (base === "white" && WHITE_ALPHAS.has(shade)) ||
              (base === "black" && BLACK_ALPHAS.has(shade));
}

/**
 * Whether a string names a palette colour as parseColor reads it ("Red100", "red100,0.5"). Messages carry many
 * strings that are labels, so the cheap rejects come first: too long, not starting with a letter, a space in
 * the name. What they let through (" red100" with a space) parseColor still resolves, and requests the sheet.
 */
export function namesPaletteColor(s: string): boolean {
    if (s.length < 3 || s.length > LONGEST_VALUE) return false;
    const first = s.charCodeAt(0) | 0x20;
    if (first < 0x61 || first > 0x7a) return false;
    const comma = s.indexOf(",");
    const name = comma < 0 ? s : s.slice(0, comma);
    if (name.length > LONGEST_NAME || name.indexOf(" ") >= 0) return false;
    return isPaletteName(name.toLowerCase());
}

/** Whether any string in a decoded message (maps, arrays, Maps) names a palette colour; control types are not. */
export function mentionsPalette(value: unknown): boolean {
    if (typeof value === "string") return namesPaletteColor(value);
    if (Array.isArray(value)) {
        for (const v of value) if (mentionsPalette(v)) return true;
    } else if (value instanceof Map) {
        for (const v of value.values()) if (mentionsPalette(v)) return true;
    } else if (isRecord(value)) {
        for (const k in value) if (k !== "_c" && mentionsPalette(value[k])) return true;
    }
    return false;
}

/** Whether a decoded message names a palette colour while the palette's sheet is not in place yet. */
export const needsPalette = (body: unknown): boolean => !sheetSettled("palette") && mentionsPalette(body);

/** Loads the palette's sheet (once); resolves when it has loaded or failed. */
export const loadPalette = (): Promise<void> =>
    loadSheet("palette", "named colours (red100, white54, …) show as unset");

let requested = false;

/** Starts loading the palette's sheet, for a palette colour that did not come through needsPalette. */
export function requestPalette(): void {
    if (requested) return;
    requested = true;
    void loadPalette();
}
