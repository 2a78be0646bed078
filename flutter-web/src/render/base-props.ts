// Properties every visual control shares (flet-protocol.md §5.1), applied to the widget's element.
import { preview, warnOnce } from "../log";
import { parseAnimation } from "../values/animation";
import { flexFactor, refreshShares, setFlexCss } from "./flex-shares";
import { isNumber, parseAlignment, parseInsets, px } from "../values/geometry";
import { parseRotate, parseScale, parseTranslate, type TransformPart } from "../values/transform";
import { setBadge } from "../widgets/badge";
import { setTooltip } from "../widgets/tooltip";
import type { Setter, Widget } from "./widget";
import { hasClass, setData } from "./classes";

/** Reports a property value the renderer cannot use; the property keeps its default. */
export function badValue(w: Widget, prop: string, value: unknown, expected: string): void {
    warnOnce(`${w.control}: ${prop} = ${preview(value)} is not ${expected}; using the default`);
}

/** Reads an optional number property, warning when it is something else. */
export function numberProp(w: Widget, prop: string, value: unknown): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (isNumber(value)) return value;
    badValue(w, prop, value, "a number");
    return undefined;
}

const size =
    (prop: "width" | "height"): Setter =>
    (w, v) => {
        const n = numberProp(w, prop, v);
        w.el.style[prop] = n === undefined ? "" : px(n);
    };

/**
 * Sets CSS declarations on `el`, first clearing the ones set earlier under the same `key`, so a
 * property that changes from a map with more fields to one with fewer leaves nothing behind.
 */
export function setDeclarations(w: Widget, key: string, el: HTMLElement, decls: Record<string, string> | null): void {
    const before: string[] = w.parts[`decl:${key}`] ?? [];
    for (const prop of before) if (!decls || !(prop in decls)) el.style.removeProperty(prop);
    for (const prop in decls ?? {}) el.style.setProperty(prop, decls![prop]);
    w.parts[`decl:${key}`] = decls ? Object.keys(decls) : [];
}

/** Applies an insets property (padding) to `el` as the CSS property `cssProp`. */
export function insetsSetter(
    prop: string,
    cssProp: "padding" | "margin" = "padding",
    target = (w: Widget) => w.el,
): Setter {
    return (w, v) => {
        const css = v === undefined || v === null ? "" : parseInsets(v);
        if (css === null) badValue(w, prop, v, "a number or {left, top, right, bottom}");
        target(w).style[cssProp] = css ?? "";
    };
}

function applyExpand(w: Widget): void {
    const expand = w.prop("expand");
    if (expand !== undefined && expand !== null && expand !== false && !flexFactor(expand)) {
        badValue(w, "expand", expand, "a bool or a positive int");
    }
    setFlexCss(w);
    refreshShares(w.parent);
}

const TRANSFORMS: [string, (v: unknown) => TransformPart | null, string][] = [
    ["offset", parseTranslate, "an Offset {x, y} or [x, y]"],
    ["rotate", parseRotate, "radians or a Rotate {angle, alignment}"],
    ["scale", parseScale, "a number or a Scale"],
];

/** rotate, scale and offset compose into one transform, as Flutter nests their Transform widgets. */
function applyTransform(w: Widget): void {
    const parts: string[] = [];
    let origin = "";
    for (const [prop, parse, expected] of TRANSFORMS) {
        const v = w.prop(prop);
        if (v === undefined || v === null) continue;
        const t = parse(v);
        if (!t) {
            badValue(w, prop, v, expected);
            continue;
        }
        parts.push(t.css);
        origin ||= t.origin ?? "";
    }
    w.el.style.transform = parts.join(" ");
    w.el.style.transformOrigin = origin;
}

// animate_* property -> the CSS properties whose changes it animates. Container's `animate` covers its
// decoration and size (AnimatedContainer).
const ANIMATED: Record<string, string[]> = {
    animate: ["width", "height", "padding", "background", "border", "border-radius", "box-shadow", "color"],
    animate_opacity: ["opacity"],
    animate_size: ["width", "height"],
    animate_position: ["left", "top", "right", "bottom"],
    animate_margin: ["margin"],
    animate_rotation: ["transform"],
    animate_scale: ["transform"],
    animate_offset: ["transform"],
    animate_align: ["align-self", "justify-self"],
};

/** All animate_* properties as one CSS transition list. */
function applyTransitions(w: Widget): void {
    const seen = new Set<string>();
    const items: string[] = [];
    for (const prop in ANIMATED) {
        const v = w.prop(prop);
        const spec = parseAnimation(v);
        if (spec === null) badValue(w, prop, v, "milliseconds, a bool or an Animation {duration, curve}");
        if (!spec) continue;
        for (const css of ANIMATED[prop]) {
            if (seen.has(css)) continue;
            seen.add(css);
            items.push(`${css} ${spec.ms}ms ${spec.easing}`);
        }
    }
    w.el.style.transition = items.join(",");
}

const SELF: Record<string, string> = { "flex-start": "start", "flex-end": "end", center: "center" };

/** align: where the control sits inside the space its parent gives it (Flutter's Align). */
function applyAlign(w: Widget, v: unknown): void {
    const a = v === undefined || v === null ? null : parseAlignment(v);
    if (!a && v !== undefined && v !== null) badValue(w, "align", v, "an Alignment {x, y}");
    const vertical = w.parent ? hasClass(w.parent.el, "flet-col") : undefined;
    w.el.style.alignSelf = a ? SELF[vertical ? a[0] : a[1]] : "";
    w.el.style.justifySelf = a ? SELF[a[0]] : "";
}

const SIDES = ["left", "top", "right", "bottom"] as const;

/** left/top/right/bottom place a control only inside a parent that hosts positioned children (Stack, overlay). */
function applyPosition(w: Widget): void {
    const host = (w.parent?.prop("_internals") as any)?.host_positioned === true;
    let positioned = false;
    for (const side of SIDES) {
        const n = host ? numberProp(w, side, w.prop(side)) : undefined;
        w.el.style[side] = n === undefined ? "" : px(n);
        positioned ||= n !== undefined;
    }
    w.el.style.position = positioned ? "absolute" : "";
}

export const BASE_PROPS: Record<string, Setter> = {
    key: (w, v) => {
        if (v === undefined || v === null) w.el.removeAttribute("data-key");
        else setData(w.el, "key", String(typeof v === "object" ? (v as any).value : v));
    },
    visible: (w, v) => {
        w.el.hidden = v === false;
    },
    disabled: (w) => w.renderer.refreshDisabled(w),
    opacity: (w, v) => {
        const n = numberProp(w, "opacity", v);
        w.el.style.opacity = n === undefined ? "" : String(n);
    },
    width: size("width"),
    height: size("height"),
    expand: applyExpand,
    expand_loose: applyExpand,
    left: applyPosition,
    top: applyPosition,
    right: applyPosition,
    bottom: applyPosition,
    tooltip: (w, v) => setTooltip(w, v),
    badge: (w, v) => setBadge(w, v),
    margin: insetsSetter("margin", "margin"),
    padding: insetsSetter("padding"),
    align: applyAlign,
    aspect_ratio: (w, v) => {
        const n = numberProp(w, "aspect_ratio", v);
        w.el.style.aspectRatio = n === undefined ? "" : String(n);
    },
    rotate: applyTransform,
    scale: applyTransform,
    offset: applyTransform,
    // A child's col changed: its ResponsiveRow lays the row out again.
    col: (w) => w.parent?.parts.relayout?.(),
};
for (const prop in ANIMATED) BASE_PROPS[prop] = applyTransitions;
