// FontWeight and TextStyle (flet-protocol.md §2.6) as CSS declarations.
import { isRecord } from "../tree/control";
import { parseColor } from "./colors";
import { parseBoxShadowParts } from "./decoration";
import { isNumber, own, px } from "./geometry";

/** CSS declarations keyed by property name ("font-size"), applied with setProperty. */
export type Declarations = Record<string, string>;

const WEIGHTS: Record<string, string> = { normal: "400", bold: "700" };
for (let w = 100; w <= 900; w += 100) WEIGHTS[`w${w}`] = String(w);

/** "normal", "bold" or "w100".."w900" as a CSS font-weight; null otherwise. */
export const parseFontWeight = (v: unknown): string | null =>
    typeof v === "string" ? own(WEIGHTS, v.toLowerCase().replace("_", "")) : null;

// TextDecoration is a flag set on the wire (Python IntFlag): 1 underline, 2 overline, 4 line-through.
const DECORATION_FLAGS: [number, string][] = [
    [1, "underline"],
    [2, "overline"],
    [4, "line-through"],
];
const DECORATION_NAMES: Record<string, string> = {
    none: "none",
    underline: "underline",
    overline: "overline",
    linethrough: "line-through",
};

function parseDecoration(v: unknown): string | null {
    if (isNumber(v) && Number.isInteger(v) && v >= 0 && v < 8) {
        const lines = DECORATION_FLAGS.filter(([bit]) => v & bit).map(([, css]) => css);
        return lines.length ? lines.join(" ") : "none";
    }
    if (typeof v === "string") return own(DECORATION_NAMES, v.toLowerCase().replace(/_/g, ""));
    return null;
}

const DECORATION_STYLES = new Set(["solid", "double", "dotted", "dashed", "wavy"]);

type FieldParser = (v: unknown) => Declarations | null;

const css =
    (prop: string, parse: (v: unknown) => string | null): FieldParser =>
    (v) => {
        const value = parse(v);
        return value === null ? null : { [prop]: value };
    };
const num = (f: (n: number) => string) => (v: unknown) => (isNumber(v) ? f(v) : null);

const FIELDS: Record<string, FieldParser> = {
    size: css("font-size", num(px)),
    height: css("line-height", num(String)),
    weight: css("font-weight", parseFontWeight),
    italic: (v) => (typeof v === "boolean" ? { "font-style": v ? "italic" : "normal" } : null),
    color: css("color", parseColor),
    bgcolor: css("background-color", parseColor),
    letter_spacing: css("letter-spacing", num(px)),
    word_spacing: css("word-spacing", num(px)),
    font_family: css("font-family", (v) => (typeof v === "string" && v !== "" ? JSON.stringify(v) : null)),
    decoration: css("text-decoration-line", parseDecoration),
    decoration_color: css("text-decoration-color", parseColor),
    decoration_thickness: css(
        "text-decoration-thickness",
        num((n) => `${n}px`),
    ),
    decoration_style: css("text-decoration-style", (v) =>
        typeof v === "string" && DECORATION_STYLES.has(v.toLowerCase()) ? v.toLowerCase() : null,
    ),
    shadow: (v) => {
        const parts = parseBoxShadowParts(v);
        return parts && { "text-shadow": parts.map((p) => `${p.x}px ${p.y}px ${p.blur}px ${p.color}`).join(",") };
    },
    overflow: (v): Declarations =>
        v === "ellipsis" ? { overflow: "hidden", "text-overflow": "ellipsis", "white-space": "nowrap" } : {},
};

/**
 * A TextStyle map as CSS declarations. Fields that cannot be read are listed in `bad` and skipped, the
 * rest still apply; unknown fields (baseline, foreground, …) are ignored. Null when `v` is not a map.
 */
export function parseTextStyle(v: unknown, bad: string[] = []): Declarations | null {
    if (!isRecord(v)) return null;
    const out: Declarations = {};
    for (const key in v) {
        const value = v[key];
        const field = own(FIELDS, key);
        if (!field || value === undefined || value === null) continue;
        const decls = field(value);
        if (decls) Object.assign(out, decls);
        else bad.push(key);
    }
    return out;
}
