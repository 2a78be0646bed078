// Borders, gradients, shadows and shapes (flet-protocol.md §2.6) as CSS values.
import { isRecord } from "../tree/control";
import { parseColor } from "./colors";
import { isNumber, parseRadius, px } from "./geometry";
import { alignmentPosition } from "./transform";

const BORDER_STYLES = new Set(["solid", "none"]);

/** BorderSide {width = 1, color = "black", style = "solid", stroke_align} as a CSS border; null when bad. */
export function parseBorderSide(v: unknown): string | null {
    if (!isRecord(v)) return null;
    const width = v.width === undefined || v.width === null ? 1 : v.width;
    const color = v.color === undefined || v.color === null ? "#000" : parseColor(v.color);
    const style = v.style === undefined || v.style === null ? "solid" : String(v.style).toLowerCase();
    if (!isNumber(width) || width < 0 || color === null || !BORDER_STYLES.has(style)) return null;
    return style === "none" || width === 0 ? "none" : `${px(width)} solid ${color}`;
}

const SIDES = ["top", "right", "bottom", "left"] as const;

/** Border {top, right, bottom, left} of BorderSides as border-* declarations; null when bad. */
export function parseBorder(v: unknown): Record<string, string> | null {
    if (!isRecord(v)) return null;
    const out: Record<string, string> = {};
    for (const side of SIDES) {
        const s = v[side];
        if (s === undefined || s === null) continue;
        const css = parseBorderSide(s);
        if (css === null) return null;
        out[`border-${side}`] = css;
    }
    return out;
}

function colorStops(v: Record<string, unknown>, scale = (p: number) => `${+(p * 100).toFixed(3)}%`): string | null {
    const colors = v.colors;
    if (!Array.isArray(colors) || colors.length < 2) return null;
    const css = colors.map(parseColor);
    if (css.some((c) => c === null)) return null;
    const stops = v.stops;
    if (stops !== undefined && stops !== null) {
        if (!Array.isArray(stops) || stops.length !== colors.length || !stops.every(isNumber)) return null;
        return css.map((c, i) => `${c} ${scale(stops[i] as number)}`).join(",");
    }
    return css.join(",");
}

const point = (v: unknown, fallback: [number, number]): [number, number] | null => {
    if (v === undefined || v === null) return fallback;
    return isRecord(v) && isNumber(v.x) && isNumber(v.y) ? [v.x, v.y] : null;
};

const deg = (rad: number) => `${+((rad * 180) / Math.PI).toFixed(3)}deg`;

/**
 * Gradient maps by `_type`: linear {begin, end, colors, stops, rotation}, radial {center, radius,
 * colors, stops}, sweep {center, start_angle, end_angle, colors, stops}. Angles are radians.
 */
export function parseGradient(v: unknown): string | null {
    if (!isRecord(v)) return null;
    const type = String(v._type ?? "").toLowerCase();
    if (type === "linear") {
        const begin = point(v.begin, [-1, 0]);
        const end = point(v.end, [1, 0]);
        const stops = colorStops(v);
        if (!begin || !end || !stops) return null;
        // The direction from begin to end in the unit box, as a CSS angle (0deg points up, clockwise).
        const angle = Math.atan2(end[0] - begin[0], -(end[1] - begin[1]));
        return `linear-gradient(${deg(angle)},${stops})`;
    }
    if (type === "radial") {
        const center = v.center === undefined || v.center === null ? "50% 50%" : alignmentPosition(v.center);
        const radius = v.radius === undefined || v.radius === null ? 0.5 : v.radius;
        if (center === null || !isNumber(radius) || radius <= 0) return null;
        // Flutter's radius is a fraction of the shortest side; closest-side is half of it from the centre.
        const stops = colorStops(v, (p) => `${+(p * radius * 200).toFixed(3)}%`);
        return stops && `radial-gradient(circle closest-side at ${center},${stops})`;
    }
    if (type === "sweep") {
        const center = v.center === undefined || v.center === null ? "50% 50%" : alignmentPosition(v.center);
        const start = v.start_angle ?? 0;
        const end = v.end_angle ?? Math.PI * 2;
        if (center === null || !isNumber(start) || !isNumber(end)) return null;
        const span = end - start;
        const stops = colorStops(v, (p) => deg(p * span));
        // Flutter measures from the positive x axis (3 o'clock); CSS conic gradients start at 12 o'clock.
        return stops && `conic-gradient(from ${deg(start + Math.PI / 2)} at ${center},${stops})`;
    }
    return null;
}

export interface ShadowPart {
    x: number;
    y: number;
    blur: number;
    spread: number;
    color: string;
    inset: boolean;
}

/** BoxShadow or a list of them as parts; null when any is bad. */
export function parseBoxShadowParts(v: unknown): ShadowPart[] | null {
    const list = Array.isArray(v) ? v : [v];
    const parts: ShadowPart[] = [];
    for (const s of list) {
        if (!isRecord(s)) return null;
        const offset = s.offset === undefined || s.offset === null ? { x: 0, y: 0 } : s.offset;
        const o = Array.isArray(offset) ? { x: offset[0], y: offset[1] } : isRecord(offset) ? offset : null;
        const blur = s.blur_radius ?? 0;
        const spread = s.spread_radius ?? 0;
        const color = s.color === undefined || s.color === null ? "#000" : parseColor(s.color);
        if (!o || !isNumber(o.x) || !isNumber(o.y) || !isNumber(blur) || !isNumber(spread) || color === null)
            return null;
        // Flutter blurs with sigma = 0.57735 * radius + 0.5; a CSS blur length is twice the sigma.
        const css = blur > 0 ? +(2 * (0.57735 * blur + 0.5)).toFixed(2) : 0;
        parts.push({ x: o.x, y: o.y, blur: css, spread, color, inset: s.blur_style === "inner" });
    }
    return parts;
}

/** BoxShadow or a list of them as a CSS box-shadow; null when bad. */
export function parseBoxShadow(v: unknown): string | null {
    const parts = parseBoxShadowParts(v);
    if (!parts) return null;
    if (parts.length === 0) return "none";
    return parts
        .map((p) => `${p.inset ? "inset " : ""}${p.x}px ${p.y}px ${p.blur}px ${p.spread}px ${p.color}`)
        .join(",");
}

// The shadow colours Material draws elevation with: --flet-shadow (shadow_color, black by default, not inherited)
// at 30% and 15%.
const SHADOW_KEY = "color-mix(in srgb,var(--flet-shadow) 30%,transparent)";
const SHADOW_AMBIENT = "color-mix(in srgb,var(--flet-shadow) 15%,transparent)";

/** A Material elevation (dp) as the two-layer shadow Material 3 draws for it. */
export function elevationShadow(n: number): string {
    if (!(n > 0)) return "none";
    const key = Math.min(n, 24);
    return `0 ${+(key / 2).toFixed(1)}px ${+key.toFixed(1)}px ${SHADOW_KEY},0 ${+(key / 2 + 1).toFixed(1)}px ${+(key * 1.5 + 2).toFixed(1)}px ${Math.floor(key / 3)}px ${SHADOW_AMBIENT}`;
}

/**
 * The CSS corner-shape an OutlinedBorder's corners take: Flutter's beveled corners are cut straight (bevel);
 * its continuous corners are a curve whose middle lies an eighth of the radius from the corner, which a
 * superellipse of exponent 2^2.4 (about 5.2) matches; other kinds are round. Null when `v` is not a shape.
 */
export function parseCornerShape(v: unknown): string | null {
    if (!isRecord(v)) return null;
    const type = String(v._type ?? "").toLowerCase();
    return type === "beveledrectangle" ? "bevel" : type === "continuousrectangle" ? "superellipse(2.4)" : "round";
}

/**
 * OutlinedBorder shapes (`_type` roundedRectangle, stadium, circle, beveledRectangle,
 * continuousRectangle) as a border-radius; null when bad.
 */
export function parseShapeRadius(v: unknown): string | null {
    if (!isRecord(v)) return null;
    const type = String(v._type ?? "").toLowerCase();
    if (type === "stadium") return "9999px";
    if (type === "circle") return "50%";
    if (type === "roundedrectangle" || type === "beveledrectangle" || type === "continuousrectangle") {
        return v.radius === undefined || v.radius === null ? "0px" : parseRadius(v.radius);
    }
    return null;
}
