// Properties every visual control shares (flet-protocol.md §5.1), applied to the widget's element.
import { preview, warnOnce } from "../log";
import { isNumber, parseInsets, px } from "../values/geometry";
import type { Setter, Widget } from "./widget";

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

/** A tooltip is a string or a Tooltip value {message, ...}. */
export function tooltipText(value: unknown): string | undefined {
    if (typeof value === "string") return value;
    if (typeof value === "object" && value !== null && typeof (value as any).message === "string") {
        return (value as any).message;
    }
    return undefined;
}

function applyExpand(w: Widget): void {
    const host = (w.parent?.prop("_internals") as any)?.host_expanded === true;
    const expand = w.prop("expand");
    const factor = expand === true ? 1 : isNumber(expand) && expand > 0 ? expand : 0;
    if (expand !== undefined && expand !== null && expand !== false && !factor) {
        badValue(w, "expand", expand, "a bool or a positive int");
    }
    // Flet honours expand only under a parent that hosts expanded children (Column, Row, View).
    const loose = w.prop("expand_loose") === true;
    w.el.style.flex = host && factor ? `${factor} 1 ${loose ? "auto" : "0%"}` : "";
    w.el.classList.toggle("flet-expanded", host && factor > 0);
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
        else w.el.dataset.key = String(typeof v === "object" ? (v as any).value : v);
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
    tooltip: (w, v) => {
        const text = tooltipText(v);
        if (text === undefined) w.el.removeAttribute("title");
        else w.el.title = text;
    },
    margin: (w, v) => {
        const css = v === undefined || v === null ? "" : parseInsets(v);
        if (css === null) badValue(w, "margin", v, "a number or {left, top, right, bottom}");
        w.el.style.margin = css ?? "";
    },
};
