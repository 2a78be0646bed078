// Flet's Paint {color, style, stroke_width, stroke_cap, stroke_join, stroke_miter_limit, stroke_dash_pattern,
// blend_mode, anti_alias, gradient} on an SVG shape (flet-protocol.md §5.2). Colors go through CSS (style, not
// attributes) so theme variables work. Flutter's default paint fills in opaque black with a hairline stroke.
import { warnOnce } from "../log";
import type { Widget } from "../render/widget";
import { badValue } from "../render/base-props";
import { isRecord } from "../tree/control";
import { parseColor } from "../values/colors";
import { isNumber } from "../values/geometry";
import { num } from "./canvas-geometry";

const SVG = "http://www.w3.org/2000/svg";
let nextGradient = 0;

/** Whether the paint's style decides, or the shape is always stroked (lines, points) or filled (Fill). */
export type PaintUse = "style" | "stroke" | "fill";

// BlendMode -> CSS mix-blend-mode; Porter-Duff modes (src, dstIn, xor, …) have no CSS form and draw normally.
const BLEND: Record<string, string> = {
    multiply: "multiply",
    screen: "screen",
    overlay: "overlay",
    darken: "darken",
    lighten: "lighten",
    colordodge: "color-dodge",
    colorburn: "color-burn",
    hardlight: "hard-light",
    softlight: "soft-light",
    difference: "difference",
    exclusion: "exclusion",
    hue: "hue",
    saturation: "saturation",
    color: "color",
    luminosity: "luminosity",
    plus: "plus-lighter",
};
export const blendMode = (v: unknown): string => (typeof v === "string" ? (BLEND[v.toLowerCase()] ?? "") : "");

const SPREAD: Record<string, string> = { clamp: "pad", decal: "pad", mirror: "reflect", repeated: "repeat" };

/** Draws `el` with `paint`; `pointCaps` makes caps dots (round) or squares, as Flutter draws points. */
export function applyPaint(w: Widget, el: SVGElement, paint: unknown, use: PaintUse, pointCaps = false): void {
    if (paint !== undefined && paint !== null && !isRecord(paint)) badValue(w, "paint", paint, "a Paint");
    const p = isRecord(paint) ? paint : {};
    const stroke = use === "stroke" || (use === "style" && String(p.style ?? "").toLowerCase() === "stroke");
    let ink = p.color === undefined || p.color === null ? "#000" : parseColor(p.color);
    if (ink === null) {
        badValue(w, "paint.color", p.color, "a color");
        ink = "#000";
    }
    ink = gradientUrl(w, p.gradient) ?? ink;
    el.style.fill = stroke ? "none" : ink;
    el.style.stroke = stroke ? ink : "none";
    el.style.mixBlendMode = blendMode(p.blend_mode);
    const attrs: Record<string, string | null> = {
        "stroke-width": stroke ? String(num(p.stroke_width) || 1) : null,
        "stroke-linecap": stroke ? cap(p.stroke_cap, pointCaps) : null,
        "stroke-linejoin": stroke ? String(p.stroke_join ?? "miter").toLowerCase() : null,
        "stroke-miterlimit": stroke && isNumber(p.stroke_miter_limit) ? String(p.stroke_miter_limit) : null,
        "stroke-dasharray": dashes(p.stroke_dash_pattern),
        "shape-rendering": p.anti_alias === false ? "crispEdges" : null,
    };
    for (const k in attrs) attrs[k] === null ? el.removeAttribute(k) : el.setAttribute(k, attrs[k]!);
}

function cap(v: unknown, points: boolean): string {
    const c = String(v ?? "butt").toLowerCase();
    return points ? (c === "round" ? "round" : "square") : c;
}

const dashes = (v: unknown): string | null =>
    Array.isArray(v) && v.length > 0 && v.every(isNumber) ? v.join(" ") : null;

const canvasOf = (w: Widget): Widget | null => (w.parent?.control.type === "Canvas" ? w.parent : null);

/** A Paint gradient (linear {begin, end}, radial {center, radius, focal, focal_radius}) in the canvas's <defs>. */
function gradientUrl(w: Widget, g: unknown): string | null {
    removeGradient(w);
    if (g === undefined || g === null) return null;
    const defs: SVGElement | undefined = canvasOf(w)?.parts.defs;
    if (!isRecord(g) || !Array.isArray(g.colors) || !defs)
        return (badValue(w, "paint.gradient", g, "a gradient"), null);
    const type = String(g._type ?? "linear").toLowerCase();
    if (type !== "linear" && type !== "radial") {
        warnOnce(`${w.control}: a ${type} paint gradient is drawn in its first color`);
        return parseColor(g.colors[0]);
    }
    const el = w.renderer.doc.createElementNS(SVG, type === "radial" ? "radialGradient" : "linearGradient");
    el.id = w.parts.gradientId = `flet-grad-${++nextGradient}`;
    const at = (v: unknown): [number, number] =>
        Array.isArray(v) ? [num(v[0]), num(v[1])] : isRecord(v) ? [num(v.x), num(v.y)] : [0, 0];
    const attrs: Record<string, unknown> = {
        gradientUnits: "userSpaceOnUse",
        spreadMethod: SPREAD[String(g.tile_mode ?? "clamp").toLowerCase()] ?? "pad",
    };
    if (type === "radial") {
        [attrs.cx, attrs.cy] = at(g.center);
        attrs.r = num(g.radius);
        if (g.focal !== undefined && g.focal !== null) [attrs.fx, attrs.fy] = at(g.focal);
        attrs.fr = num(g.focal_radius);
    } else {
        [attrs.x1, attrs.y1] = at(g.begin);
        [attrs.x2, attrs.y2] = at(g.end);
    }
    for (const k in attrs) el.setAttribute(k, String(attrs[k]));
    const stops = Array.isArray(g.color_stops) ? g.color_stops : null;
    const colors: unknown[] = g.colors;
    colors.forEach((c, i) => {
        const stop = w.renderer.doc.createElementNS(SVG, "stop");
        stop.setAttribute("offset", String(stops && isNumber(stops[i]) ? stops[i] : i / (colors.length - 1 || 1)));
        stop.style.stopColor = parseColor(c) ?? "#000";
        el.append(stop);
    });
    defs.append(el);
    return `url(#${el.id})`;
}

/** Removes the gradient a shape put into the canvas's <defs>. */
export function removeGradient(w: Widget): void {
    if (!w.parts.gradientId) return;
    canvasOf(w)?.parts.defs?.querySelector(`#${w.parts.gradientId}`)?.remove();
    w.parts.gradientId = undefined;
}
