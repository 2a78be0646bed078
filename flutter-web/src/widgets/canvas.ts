// Canvas and its shapes (flet-protocol.md §5.2, flet.canvas) as SVG: each shape control is an SVG element
// that redraws itself when any of its properties changes. Paint {color, stroke_width, style, stroke_cap,
// stroke_join, stroke_dash_pattern, gradient} maps to fill/stroke attributes (Flutter's default paint
// fills in black). Angles are radians, clockwise from the positive x axis, as in Flutter.
import { f64 } from "../protocol/msgpack";
import type { Widget, WidgetDef } from "../render/widget";
import { isRecord } from "../tree/control";
import { parseColor } from "../values/colors";
import { isNumber } from "../values/geometry";
import { parseTextStyle } from "../values/text-style";
import { badValue } from "../render/base-props";

const SVG = "http://www.w3.org/2000/svg";
let nextGradient = 0;

const n = (v: unknown, d = 0): number => (isNumber(v) ? v : d);

function svg(w: Widget, tag: string): SVGElement {
    return w.renderer.doc.createElementNS(SVG, tag) as SVGElement;
}

/** Applies a Paint to an SVG element; gradients go into the canvas's <defs>. */
function applyPaint(w: Widget, el: SVGElement, paint: unknown, defaultStyle: "fill" | "stroke" = "fill"): void {
    const p = isRecord(paint) ? paint : {};
    if (paint !== undefined && paint !== null && !isRecord(paint)) badValue(w, "paint", paint, "a Paint");
    const style = String(p.style ?? defaultStyle).toLowerCase() === "stroke" ? "stroke" : "fill";
    let color = p.color === undefined || p.color === null ? "#000" : parseColor(p.color);
    if (color === null) {
        badValue(w, "paint.color", p.color, "a colour");
        color = "#000";
    }
    const gradient = gradientUrl(w, p.gradient);
    const ink = gradient ?? color;
    el.setAttribute("fill", style === "fill" ? ink : "none");
    el.setAttribute("stroke", style === "stroke" ? ink : "none");
    if (style === "stroke") {
        el.setAttribute("stroke-width", String(n(p.stroke_width, 1) || 1));
        el.setAttribute("stroke-linecap", String(p.stroke_cap ?? "butt").toLowerCase());
        el.setAttribute("stroke-linejoin", String(p.stroke_join ?? "miter").toLowerCase());
    }
    const dash = p.stroke_dash_pattern;
    if (Array.isArray(dash) && dash.every(isNumber)) el.setAttribute("stroke-dasharray", dash.join(" "));
    else el.removeAttribute("stroke-dasharray");
}

/** Paint gradients: linear {begin, end} and radial {center, radius}, in canvas pixels. */
function gradientUrl(w: Widget, g: unknown): string | null {
    if (!isRecord(g) || !Array.isArray(g.colors)) return null;
    const colors = g.colors as unknown[];
    const canvas = canvasOf(w);
    if (!canvas) return null;
    const type = String(g._type ?? "linear").toLowerCase();
    const el = svg(w, type === "radial" ? "radialGradient" : "linearGradient");
    const id = (w.parts.gradientId ??= `flet-grad-${++nextGradient}`);
    el.id = id;
    el.setAttribute("gradientUnits", "userSpaceOnUse");
    const at = (v: unknown): [number, number] =>
        Array.isArray(v) ? [n(v[0]), n(v[1])] : isRecord(v) ? [n(v.x), n(v.y)] : [0, 0];
    if (type === "radial") {
        const [cx, cy] = at(g.center);
        el.setAttribute("cx", String(cx));
        el.setAttribute("cy", String(cy));
        el.setAttribute("r", String(n(g.radius)));
    } else {
        const [x1, y1] = at(g.begin);
        const [x2, y2] = at(g.end);
        Object.entries({ x1, y1, x2, y2 }).forEach(([k, v]) => el.setAttribute(k, String(v)));
    }
    const stops = Array.isArray(g.color_stops) ? g.color_stops : Array.isArray(g.stops) ? g.stops : null;
    colors.forEach((c, i) => {
        const stop = svg(w, "stop");
        stop.setAttribute(
            "offset",
            String(stops && isNumber(stops[i]) ? stops[i] : i / Math.max(1, colors.length - 1)),
        );
        stop.setAttribute("stop-color", parseColor(c) ?? "#000");
        el.append(stop);
    });
    canvas.parts.defs.querySelector(`#${id}`)?.remove();
    canvas.parts.defs.append(el);
    return `url(#${id})`;
}

const canvasOf = (w: Widget): Widget | null => (w.parent?.control.type === "Canvas" ? w.parent : null);

/** The SVG path of an arc of the ellipse in (x, y, width, height) from `start` sweeping `sweep`. */
function arcPath(
    x: number,
    y: number,
    width: number,
    height: number,
    start: number,
    sweep: number,
    center: boolean,
): string {
    const rx = width / 2;
    const ry = height / 2;
    const cx = x + rx;
    const cy = y + ry;
    const at = (a: number) => `${cx + rx * Math.cos(a)} ${cy + ry * Math.sin(a)}`;
    if (Math.abs(sweep) >= Math.PI * 2) {
        return `M${at(start)}A${rx} ${ry} 0 1 1 ${at(start + Math.PI)}A${rx} ${ry} 0 1 1 ${at(start)}Z`;
    }
    const large = Math.abs(sweep) > Math.PI ? 1 : 0;
    const arc = `A${rx} ${ry} 0 ${large} ${sweep > 0 ? 1 : 0} ${at(start + sweep)}`;
    return center ? `M${cx} ${cy}L${at(start)}${arc}Z` : `M${at(start)}${arc}`;
}

/** Path.elements (moveto, lineto, quadraticto, cubicto, arc, arcto, oval, rect, subpath, close) as SVG path data. */
export function pathData(elements: unknown): string {
    if (!Array.isArray(elements)) return "";
    let d = "";
    for (const e of elements) {
        if (!isRecord(e)) continue;
        const t = String(e._type ?? "").toLowerCase();
        const [x, y] = [n(e.x), n(e.y)];
        if (t === "moveto") d += `M${x} ${y}`;
        else if (t === "lineto") d += `L${x} ${y}`;
        else if (t === "quadraticto") d += `Q${n(e.cp1x)} ${n(e.cp1y)} ${x} ${y}`;
        else if (t === "cubicto") d += `C${n(e.cp1x)} ${n(e.cp1y)} ${n(e.cp2x)} ${n(e.cp2y)} ${x} ${y}`;
        else if (t === "close") d += "Z";
        else if (t === "arc")
            d += arcPath(x, y, n(e.width), n(e.height), n(e.start_angle), n(e.sweep_angle), false).replace(
                /^M/,
                d ? "L" : "M",
            );
        else if (t === "arcto") {
            const r = n(e.radius);
            d += `A${r} ${r} ${(n(e.rotation) * 180) / Math.PI} ${e.large_arc ? 1 : 0} ${e.clockwise === false ? 0 : 1} ${x} ${y}`;
        } else if (t === "oval") d += arcPath(x, y, n(e.width), n(e.height), 0, Math.PI * 2, false);
        else if (t === "rect") d += `M${x} ${y}h${n(e.width)}v${n(e.height)}h${-n(e.width)}Z`;
        else if (t === "subpath") d += pathData(e.elements);
    }
    return d;
}

type Draw = (w: Widget, el: SVGElement) => void;

const set = (el: SVGElement, attrs: Record<string, unknown>) => {
    for (const k in attrs) el.setAttribute(k, String(attrs[k]));
};

const SHAPES: Record<string, [tag: string, props: string[], draw: Draw]> = {
    Line: [
        "line",
        ["x1", "y1", "x2", "y2"],
        (w, el) => {
            set(el, { x1: n(w.prop("x1")), y1: n(w.prop("y1")), x2: n(w.prop("x2")), y2: n(w.prop("y2")) });
            // A line has no inside: Flutter strokes it whatever the paint style.
            applyPaint(w, el, { ...(isRecord(w.prop("paint")) ? (w.prop("paint") as object) : {}), style: "stroke" });
        },
    ],
    Circle: [
        "circle",
        ["x", "y", "radius"],
        (w, el) => set(el, { cx: n(w.prop("x")), cy: n(w.prop("y")), r: Math.max(0, n(w.prop("radius"))) }),
    ],
    Rect: [
        "rect",
        ["x", "y", "width", "height", "border_radius"],
        (w, el) => {
            const r = w.prop("border_radius");
            const radius = isNumber(r) ? r : isRecord(r) ? n(r.top_left) : 0;
            set(el, {
                x: n(w.prop("x")),
                y: n(w.prop("y")),
                width: Math.max(0, n(w.prop("width"))),
                height: Math.max(0, n(w.prop("height"))),
                rx: radius,
            });
        },
    ],
    Oval: [
        "ellipse",
        ["x", "y", "width", "height"],
        (w, el) => {
            const [x, y, width, height] = ["x", "y", "width", "height"].map((k) => n(w.prop(k)));
            set(el, { cx: x + width / 2, cy: y + height / 2, rx: Math.abs(width / 2), ry: Math.abs(height / 2) });
        },
    ],
    Arc: [
        "path",
        ["x", "y", "width", "height", "start_angle", "sweep_angle", "use_center"],
        (w, el) => {
            const [x, y, width, height, start, sweep] = ["x", "y", "width", "height", "start_angle", "sweep_angle"].map(
                (k) => n(w.prop(k)),
            );
            set(el, { d: arcPath(x, y, width, height, start, sweep, w.prop("use_center") === true) });
        },
    ],
    Path: ["path", ["elements"], (w, el) => set(el, { d: pathData(w.prop("elements")) })],
    Points: [
        "path",
        ["points", "point_mode"],
        (w, el) => {
            const points = (Array.isArray(w.prop("points")) ? (w.prop("points") as unknown[]) : []).map((p) =>
                Array.isArray(p) ? [n(p[0]), n(p[1])] : isRecord(p) ? [n(p.x), n(p.y)] : [0, 0],
            );
            const mode = String(w.prop("point_mode") ?? "points").toLowerCase();
            let d = "";
            if (mode === "polygon") d = points.map(([x, y], i) => `${i ? "L" : "M"}${x} ${y}`).join("");
            else if (mode === "lines")
                for (let i = 0; i + 1 < points.length; i += 2)
                    d += `M${points[i].join(" ")}L${points[i + 1].join(" ")}`;
            else d = points.map(([x, y]) => `M${x} ${y}h0`).join("");
            set(el, { d });
            const paint = isRecord(w.prop("paint")) ? (w.prop("paint") as object) : {};
            applyPaint(w, el, { stroke_cap: mode === "points" ? "round" : "butt", ...paint, style: "stroke" });
        },
    ],
    Text: [
        "text",
        ["x", "y", "value", "text", "style", "alignment", "rotate", "max_width", "text_align"],
        (w, el) => {
            const x = n(w.prop("x"));
            const y = n(w.prop("y"));
            el.textContent = String(w.prop("value") ?? w.prop("text") ?? "");
            const a = w.prop("alignment");
            const ax = isRecord(a) ? n(a.x, -1) : -1;
            const ay = isRecord(a) ? n(a.y, -1) : -1;
            set(el, {
                x,
                y,
                "text-anchor": ax < -1 / 3 ? "start" : ax > 1 / 3 ? "end" : "middle",
                "dominant-baseline": ay < -1 / 3 ? "text-before-edge" : ay > 1 / 3 ? "text-after-edge" : "central",
            });
            const rotate = n(w.prop("rotate"));
            if (rotate) el.setAttribute("transform", `rotate(${(rotate * 180) / Math.PI} ${x} ${y})`);
            else el.removeAttribute("transform");
            el.removeAttribute("style");
            const style = parseTextStyle(w.prop("style")) ?? {};
            for (const prop in style) (el as unknown as HTMLElement).style.setProperty(prop, style[prop]);
            el.setAttribute("fill", style.color ?? "currentColor");
        },
    ],
    Fill: ["rect", [], (w, el) => set(el, { x: 0, y: 0, width: "100%", height: "100%" })],
    Color: [
        "rect",
        ["color"],
        (w, el) => {
            set(el, { x: 0, y: 0, width: "100%", height: "100%", fill: parseColor(w.prop("color")) ?? "none" });
        },
    ],
};

const PAINTED = new Set(["Circle", "Rect", "Oval", "Arc", "Path", "Fill"]);

function shapeDef(type: string): WidgetDef {
    const [tag, props, draw] = SHAPES[type];
    const redraw = (w: Widget) => {
        if (!w.parts.ready) return;
        if (PAINTED.has(type)) applyPaint(w, w.el as unknown as SVGElement, w.prop("paint"));
        draw(w, w.el as unknown as SVGElement);
    };
    const setters: WidgetDef["props"] = {
        paint: redraw,
        visible: (w, v) => w.el.setAttribute("visibility", v === false ? "hidden" : "visible"),
    };
    // Shapes own their geometry: width/height etc. must not become CSS sizes (base-props).
    for (const p of [...props, "width", "height", "tooltip", "opacity"]) setters[p] = redraw;
    return {
        create: (w) => svg(w, tag) as unknown as HTMLElement,
        props: setters,
        mounted: (w) => {
            w.parts.ready = true;
            redraw(w);
        },
    };
}

export const CANVAS_SHAPES: Record<string, WidgetDef> = Object.fromEntries(
    Object.keys(SHAPES).map((t) => [t, shapeDef(t)]),
);

const observers = new WeakMap<Widget, ResizeObserver>();

export const CANVAS: WidgetDef = {
    create: (w) => {
        const el = w.renderer.doc.createElement("div");
        el.className = "flet-canvas";
        const root = svg(w, "svg");
        root.setAttribute("class", "flet-canvas-svg");
        const defs = svg(w, "defs");
        const shapes = svg(w, "g");
        root.append(defs, shapes);
        w.parts.defs = defs;
        w.parts.shapes = shapes;
        el.append(root);
        return el;
    },
    lists: { shapes: (w) => w.parts.shapes },
    // Shape types are Canvas's own: canvas.Text is `_c: "Text"` like the Text control.
    childTypes: CANVAS_SHAPES,
    props: {
        content: (w, v) => {
            const el = w.renderer.setSlot(w, "content", v);
            if (el && el.parentNode !== w.el) w.el.append(el);
        },
        on_resize: (w, v) => {
            observers.get(w)?.disconnect();
            observers.delete(w);
            const RO = w.renderer.doc.defaultView?.ResizeObserver;
            if (v !== true || !RO) return;
            const observer = new RO((entries) => {
                const box = entries[0]?.contentRect;
                if (box) w.renderer.context.trigger(w.control, "resize", { w: f64(box.width), h: f64(box.height) });
            });
            observer.observe(w.el);
            observers.set(w, observer);
        },
    },
    unmounted: (w) => observers.get(w)?.disconnect(),
};

export const DEFS = { Canvas: CANVAS };
