// Reads entries of the icon tables that the build generates (scripts/icons.mjs describes the format).

export interface IconTable {
    /** FILL axis value for names without a style suffix. */
    fill: number;
    /** The index of names[0] in the whole set (a table file holds one slice of it). */
    offset?: number;
    names: string[];
}

/** Codes per table file (scripts/icons.mjs SHARD_SIZE). */
export const SHARD_SIZE = 256;

export interface IconGlyph {
    /** Flet's name, e.g. "ARROW_BACK_OUTLINED". */
    name: string;
    /** Material Symbols ligature; "" when the font has no glyph for this icon. */
    ligature: string;
    fill: number;
    /** The Material Symbols font: _ROUNDED and _SHARP names use their own, everything else Outlined. */
    family: "outlined" | "rounded" | "sharp";
}

const styleFill = (word: string) => (word === "OUTLINED" ? 0 : 1);
const styleFamily = (word: string | undefined): IconGlyph["family"] =>
    word === "ROUNDED" ? "rounded" : word === "SHARP" ? "sharp" : "outlined";

/** The glyph of the icon at `index` in the whole set, from a table that holds that index. */
export function glyphAt(table: IconTable, index: number): IconGlyph | null {
    return glyphAtLocal(table, index - (table.offset ?? 0));
}

function glyphAtLocal(table: IconTable, index: number): IconGlyph | null {
    const entry = table.names[index];
    if (!entry) return null;
    if (entry[0] === "~") {
        let base = index - 1;
        while (base >= 0 && table.names[base]?.[0] === "~") base--;
        const glyph = base >= 0 ? glyphAtLocal(table, base) : null;
        if (!glyph) return null;
        const word = entry.slice(1);
        return {
            name: `${glyph.name}_${word}`,
            ligature: glyph.ligature,
            fill: styleFill(word),
            family: styleFamily(word),
        };
    }
    const eq = entry.indexOf("=");
    const name = eq < 0 ? entry : entry.slice(0, eq);
    const style = /_(OUTLINED|ROUNDED|SHARP)$/.exec(name);
    let ligature = (style ? name.slice(0, style.index) : name).toLowerCase();
    let fill = style ? styleFill(style[1]) : table.fill;
    if (eq >= 0) {
        const [lig, explicitFill] = entry.slice(eq + 1).split(":");
        ligature = lig;
        if (explicitFill !== undefined) fill = Number(explicitFill);
    }
    return { name, ligature, fill, family: styleFamily(style?.[1]) };
}

// One copy of each icon's words, however many buttons show it (at most one entry per icon name in use).
const words = new Map<string, string>();

/** An icon's name as words for assistive technology: ARROW_BACK -> "arrow back". */
export function iconWords(name: string): string {
    let w = words.get(name);
    if (w === undefined) words.set(name, (w = name.toLowerCase().replace(/_+/g, " ").trim()));
    return w;
}
