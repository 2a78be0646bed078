// OutlinedBorder shapes and BoxConstraints (flet-protocol.md §2.6) on an element.
import { badValue } from "../render/base-props";
import type { Widget } from "../render/widget";
import { isRecord } from "../tree/control";
import { parseBorderSide, parseCornerShape, parseShapeRadius } from "./decoration";
import { isNumber, px } from "./geometry";

/**
 * Sets `el`'s corner radius, corner shape and outline from an OutlinedBorder (its `side`); null or a bad value restores the
 * stylesheet's shape, the latter with a warning.
 */
export function applyShape(w: Widget, name: string, v: unknown, el: HTMLElement = w.el): void {
    const radius = v === undefined || v === null ? "" : parseShapeRadius(v);
    const side = isRecord(v) && v.side !== undefined && v.side !== null ? parseBorderSide(v.side) : "";
    if (radius === null || side === null) badValue(w, name, v, "an OutlinedBorder");
    const ok = radius !== null && side !== null;
    el.style.borderRadius = ok ? radius : "";
    el.style.border = ok ? side : "";
    // Beveled and continuous corners (browsers without corner-shape draw them round).
    const corner = ok ? parseCornerShape(v) : null;
    if (corner && corner !== "round") el.style.setProperty("corner-shape", corner);
    else el.style.removeProperty("corner-shape");
}

const LIMITS = [
    ["min_width", "min-width"],
    ["max_width", "max-width"],
    ["min_height", "min-height"],
    ["max_height", "max-height"],
] as const;

/** BoxConstraints {min_width, min_height, max_width, max_height} as CSS sizes (infinity: none); null when bad. */
export function parseConstraints(v: unknown): Record<string, string> | null {
    if (!isRecord(v)) return null;
    const out: Record<string, string> = {};
    for (const [key, css] of LIMITS) {
        const n = v[key];
        if (n === undefined || n === null) continue;
        if (!(isNumber(n) || n === Infinity) || (n as number) < 0) return null;
        out[css] = n === Infinity ? (css.startsWith("max") ? "none" : "0px") : px(n as number);
    }
    return out;
}

/** Applies BoxConstraints to `el`; null or a bad value (with a warning) removes them. */
export function applyConstraints(w: Widget, name: string, v: unknown, el: HTMLElement = w.el): void {
    const css = v === undefined || v === null ? {} : parseConstraints(v);
    if (css === null) badValue(w, name, v, "a BoxConstraints");
    for (const [, prop] of LIMITS) el.style.setProperty(prop, css?.[prop] ?? "");
}
