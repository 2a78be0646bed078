// Canvas and its shapes (flet-protocol.md §5.2, flet.canvas) drawn as SVG: every shape control is one SVG element
// that redraws itself when one of its properties changes, so a patch to a shape touches only that element, and
// the drawing stays sharp at any devicePixelRatio and size without redrawing. The SVG is an image for assistive
// technology (role="img"), labelled by semantics_label or by a summary of its shapes and texts; `content` stays
// accessible on top of it. Geometry: canvas-geometry.ts; paint: canvas-paint.ts.
import { f64 } from "../protocol/msgpack";
import type { Widget, WidgetDef } from "../render/widget";
import { isRecord } from "../tree/control";
import { parseColor } from "../values/colors";
import { parseTextStyle } from "../values/text-style";
import { arcPath, num, pathData, pointsData, radii, roundedRect } from "./canvas-geometry";
import { applyPaint, blendMode, removeGradient } from "./canvas-paint";

const SVG = "http://www.w3.org/2000/svg";
const p = (w: Widget, ...names: string[]) => names.map((k) => num(w.prop(k)));

function set(el: SVGElement, attrs: Record<string, unknown>): void {
    for (const k in attrs) el.setAttribute(k, String(attrs[k]));
}

type Shape = [tag: string, props: string[], draw: (w: Widget, el: SVGElement) => void];

const SHAPES: Record<string, Shape> = {
    Line: [
        "line",
        ["x1", "y1", "x2", "y2", "paint"],
        (w, el) => {
            const [x1, y1, x2, y2] = p(w, "x1", "y1", "x2", "y2");
            set(el, { x1, y1, x2, y2 });
            // A line has no inside: Flutter strokes it whatever the paint's style.
            applyPaint(w, el, w.prop("paint"), "stroke");
        },
    ],
    Circle: [
        "circle",
        ["x", "y", "radius", "paint"],
        (w, el) => {
            const [cx, cy, r] = p(w, "x", "y", "radius");
            set(el, { cx, cy, r: Math.max(0, r) });
            applyPaint(w, el, w.prop("paint"), "style");
        },
    ],
    Rect: [
        "path",
        ["x", "y", "width", "height", "border_radius", "paint"],
        (w, el) => {
            const [x, y, width, height] = p(w, "x", "y", "width", "height");
            set(el, { d: roundedRect(x, y, width, height, radii(w.prop("border_radius"))) });
            applyPaint(w, el, w.prop("paint"), "style");
        },
    ],
    Oval: [
        "ellipse",
        ["x", "y", "width", "height", "paint"],
        (w, el) => {
            const [x, y, width, height] = p(w, "x", "y", "width", "height");
            set(el, { cx: x + width / 2, cy: y + height / 2, rx: Math.abs(width / 2), ry: Math.abs(height / 2) });
            applyPaint(w, el, w.prop("paint"), "style");
        },
    ],
    Arc: [
        "path",
        ["x", "y", "width", "height", "start_angle", "sweep_angle", "use_center", "paint"],
        (w, el) => {
            const [x, y, width, height, start, sweep] = p(w, "x", "y", "width", "height", "start_angle", "sweep_angle");
            set(el, { d: arcPath(x, y, width, height, start, sweep, w.prop("use_center") === true) });
            applyPaint(w, el, w.prop("paint"), "style");
        },
    ],
    Path: [
        "path",
        ["elements", "paint"],
        (w, el) => {
            set(el, { d: pathData(w.prop("elements")) });
            applyPaint(w, el, w.prop("paint"), "style");
        },
    ],
    Points: [
        "path",
        ["points", "point_mode", "paint"],
        (w, el) => {
            set(el, { d: pointsData(w.prop("points"), w.prop("point_mode")) });
            const dots = String(w.prop("point_mode") ?? "points").toLowerCase() === "points";
            applyPaint(w, el, w.prop("paint"), "stroke", dots);
        },
    ],
    Text: ["text", ["x", "y", "value", "text", "style", "alignment", "rotate"], drawText],
    // drawPaint ignores the paint's style: the whole canvas is filled.
    Fill: [
        "rect",
        ["paint"],
        (w, el) => {
            set(el, { x: 0, y: 0, width: "100%", height: "100%" });
            applyPaint(w, el, w.prop("paint"), "fill");
        },
    ],
    Color: [
        "rect",
        ["color", "blend_mode"],
        (w, el) => {
            set(el, { x: 0, y: 0, width: "100%", height: "100%" });
            el.style.fill = parseColor(w.prop("color") ?? "black") ?? "#000";
            el.style.mixBlendMode = blendMode(w.prop("blend_mode"));
        },
    ],
};

/** canvas.Text: the alignment point of the text's box sits at (x, y), and the text rotates around it. */
function drawText(w: Widget, el: SVGElement): void {
    const [x, y, rotate] = p(w, "x", "y", "rotate");
    el.textContent = String(w.prop("value") ?? w.prop("text") ?? "");
    const a = w.prop("alignment");
    const [ax, ay] = isRecord(a) ? [num(a.x, -1), num(a.y, -1)] : [-1, -1];
    set(el, {
        x,
        y,
        "text-anchor": ax < -1 / 3 ? "start" : ax > 1 / 3 ? "end" : "middle",
        "dominant-baseline": ay < -1 / 3 ? "text-before-edge" : ay > 1 / 3 ? "text-after-edge" : "central",
    });
    if (rotate) el.setAttribute("transform", `rotate(${(rotate * 180) / Math.PI} ${x} ${y})`);
    else el.removeAttribute("transform");
    el.removeAttribute("style");
    const style = parseTextStyle(w.prop("style")) ?? {};
    for (const prop in style) el.style.setProperty(prop, style[prop]);
    el.style.fill = style.color ?? "currentColor";
    refreshLabel(w.parent);
}

function shapeDef(type: string): WidgetDef {
    const [tag, props, draw] = SHAPES[type];
    const redraw = (w: Widget) => w.parts.ready && draw(w, w.el as unknown as SVGElement);
    const setters: WidgetDef["props"] = {
        visible: (w, v) => w.el.setAttribute("visibility", v === false ? "hidden" : "visible"),
    };
    // Shapes own their geometry: width/height etc. must not become CSS sizes (base-props).
    for (const prop of [...props, "width", "height", "tooltip", "opacity"]) setters[prop] = redraw;
    return {
        create: (w) => w.renderer.doc.createElementNS(SVG, tag) as unknown as HTMLElement,
        props: setters,
        mounted: (w) => {
            w.parts.ready = true;
            redraw(w);
        },
        unmounted: removeGradient,
    };
}

export const CANVAS_SHAPES: Record<string, WidgetDef> = Object.fromEntries(
    Object.keys(SHAPES).map((t) => [t, shapeDef(t)]),
);

/** The drawing's accessible name: semantics_label, else how many shapes it has and the texts it shows. */
export function canvasLabel(w: Widget): string {
    const own = w.prop("semantics_label");
    if (typeof own === "string" && own) return own;
    const shapes = w.listItems("shapes").filter((s) => s.prop("visible") !== false);
    const texts = shapes
        .filter((s) => s.control.type === "Text")
        .map((s) => String(s.prop("value") ?? s.prop("text") ?? ""));
    const count = `Drawing of ${shapes.length} shape${shapes.length === 1 ? "" : "s"}`;
    return texts.length ? `${count}: ${texts.map((t) => `“${t}”`).join(", ")}` : count;
}

function refreshLabel(w: Widget | null): void {
    if (w?.control.type === "Canvas" && w.parts.svg) w.parts.svg.setAttribute("aria-label", canvasLabel(w));
}

/** Reports the canvas's size as `resize` {w, h}, at most every resize_interval ms, the last size always. */
function observeSize(w: Widget, on: boolean): void {
    w.parts.observer?.disconnect();
    w.parts.observer = undefined;
    const RO = w.renderer.doc.defaultView?.ResizeObserver;
    if (!on || !RO) return;
    const report = () => {
        w.parts.resizeTimer = undefined;
        w.parts.resizedAt = Date.now();
        const { width, height } = w.el.getBoundingClientRect();
        w.renderer.context.trigger(w.control, "resize", { w: f64(width), h: f64(height) });
    };
    w.parts.observer = new RO(() => {
        const wait = num(w.prop("resize_interval"), 10) - (Date.now() - (w.parts.resizedAt ?? -Infinity));
        if (wait <= 0) report();
        else w.parts.resizeTimer ??= setTimeout(report, wait);
    });
    w.parts.observer.observe(w.el);
}

export const CANVAS: WidgetDef = {
    create: (w) => {
        const el = w.renderer.doc.createElement("div");
        el.className = "flet-canvas";
        const svg = w.renderer.doc.createElementNS(SVG, "svg");
        svg.setAttribute("class", "flet-canvas-svg");
        svg.setAttribute("role", "img");
        const defs = w.renderer.doc.createElementNS(SVG, "defs");
        const shapes = w.renderer.doc.createElementNS(SVG, "g");
        svg.append(defs, shapes);
        Object.assign(w.parts, { svg, defs, shapes });
        el.append(svg);
        return el;
    },
    lists: { shapes: (w) => w.parts.shapes },
    listChanged: refreshLabel,
    // Shape types are Canvas's own: canvas.Text is `_c: "Text"` like the Text control.
    childTypes: CANVAS_SHAPES,
    props: {
        content: (w, v) => {
            const el = w.renderer.setSlot(w, "content", v);
            if (el && el.parentNode !== w.el) w.el.append(el);
        },
        semantics_label: refreshLabel,
        on_resize: (w, v) => observeSize(w, v === true),
    },
    mounted: refreshLabel,
    unmounted: (w) => {
        w.parts.observer?.disconnect();
        clearTimeout(w.parts.resizeTimer);
    },
};

export const DEFS = { Canvas: CANVAS };
