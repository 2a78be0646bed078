// Numbers, insets, radii and alignments as Flet sends them (flet-protocol.md §2.6).

export const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

export const px = (n: number): string => `${n}px`;

/** Padding/margin: a number for all sides or {left, top, right, bottom} with missing sides 0. */
export function parseInsets(value: unknown): string | null {
    if (isNumber(value)) return px(value);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
    const v = value as Record<string, unknown>;
    const sides = [v.top, v.right, v.bottom, v.left];
    if (!sides.every((s) => s === undefined || s === null || isNumber(s))) return null;
    return sides.map((s) => px((s as number | undefined) ?? 0)).join(" ");
}

/** Border radius: a number for all corners or {top_left, top_right, bottom_right, bottom_left}. */
export function parseRadius(value: unknown): string | null {
    if (isNumber(value)) return px(value);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
    const v = value as Record<string, unknown>;
    const corners = [v.top_left, v.top_right, v.bottom_right, v.bottom_left];
    if (!corners.every((c) => c === undefined || c === null || isNumber(c))) return null;
    return corners.map((c) => px((c as number | undefined) ?? 0)).join(" ");
}

const edge = (n: number) => (n < -1 / 3 ? "flex-start" : n > 1 / 3 ? "flex-end" : "center");

/** Alignment {x, y} in -1..1 as [horizontal, vertical] flex positions. */
export function parseAlignment(value: unknown): [string, string] | null {
    if (typeof value !== "object" || value === null) return null;
    const { x, y } = value as Record<string, unknown>;
    if (!isNumber(x) || !isNumber(y)) return null;
    return [edge(x), edge(y)];
}

const MAIN_AXIS: Record<string, string> = {
    start: "flex-start",
    end: "flex-end",
    center: "center",
    spacebetween: "space-between",
    spacearound: "space-around",
    spaceevenly: "space-evenly",
};

const CROSS_AXIS: Record<string, string> = {
    start: "flex-start",
    end: "flex-end",
    center: "center",
    stretch: "stretch",
    baseline: "baseline",
};

/** table[key] when the table itself has the key (never an inherited "constructor"); else null. */
export const own = <T>(table: Record<string, T>, key: string): T | null =>
    Object.prototype.hasOwnProperty.call(table, key) ? table[key] : null;

// Flet sends Flutter enum names; the Dart client matches them case-insensitively.
export const lookup = (table: Record<string, string>, v: unknown): string | null =>
    typeof v === "string" ? own(table, v.toLowerCase()) : null;

export const parseMainAxis = (v: unknown): string | null => lookup(MAIN_AXIS, v);
export const parseCrossAxis = (v: unknown): string | null => lookup(CROSS_AXIS, v);
