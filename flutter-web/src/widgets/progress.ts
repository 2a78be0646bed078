// ProgressBar and ProgressRing (flet-protocol.md §5.2) as role=progressbar elements. A value in 0..1 is
// reported as a percentage (aria-valuenow 0..100), as Flutter's semantics read "42%"; without a value the
// indicator is indeterminate and has no aria-valuenow. Its name is semantics_label, else its tooltip.
import { badValue, numberProp } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { parseColor } from "../values/colors";
import { isNumber, parseRadius, px } from "../values/geometry";
import { part } from "./parts";
import { colorSetter } from "./text";
import { setTooltip, tooltipText } from "./tooltip";
import { addClass, toggleClass } from "../render/classes";

function progressElement(w: Widget, className: string): HTMLElement {
    const el = part(w, className);
    el.setAttribute("role", "progressbar");
    el.setAttribute("aria-valuemin", "0");
    el.setAttribute("aria-valuemax", "100");
    addClass(el, "flet-indeterminate");
    return el;
}

/** Applies `value`; returns the fraction shown, or null when indeterminate. */
function setValue(w: Widget, v: unknown): number | null {
    if (v !== undefined && v !== null && !isNumber(v)) badValue(w, "value", v, "a number in 0..1");
    const fraction = isNumber(v) ? Math.min(1, Math.max(0, v)) : null;
    toggleClass(w.el, "flet-indeterminate", fraction === null);
    if (fraction === null) w.el.removeAttribute("aria-valuenow");
    else w.el.setAttribute("aria-valuenow", String(Math.round(fraction * 100)));
    return fraction;
}

function refreshName(w: Widget): void {
    const label = w.prop("semantics_label");
    const name = typeof label === "string" && label !== "" ? label : tooltipText(w.prop("tooltip"));
    if (name) w.el.setAttribute("aria-label", name);
    else w.el.removeAttribute("aria-label");
}

const NAME_PROPS = {
    semantics_label: refreshName,
    // A tooltip that names the indicator is not repeated as its description.
    tooltip: (w: Widget, v: unknown) => {
        setTooltip(w, v, false);
        refreshName(w);
    },
};

/** Sets a CSS custom property from a colour property. */
const colorVar = (name: string, prop: string) => (w: Widget, v: unknown) => {
    const css = v === undefined || v === null ? "" : parseColor(v);
    if (css === null) badValue(w, prop, v, "a colour");
    w.el.style.setProperty(name, css ?? "");
};

export const PROGRESS_BAR: WidgetDef = {
    create: (w) => {
        const el = progressElement(w, "flet-progress-bar");
        w.parts.fill = part(w, "flet-progress-fill");
        el.append(w.parts.fill);
        return el;
    },
    props: {
        value: (w, v) => {
            const fraction = setValue(w, v);
            w.parts.fill.style.width = fraction === null ? "" : `${fraction * 100}%`;
        },
        color: colorSetter("backgroundColor", "color", (w) => w.parts.fill),
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        bar_height: (w, v) => {
            const n = numberProp(w, "bar_height", v);
            w.el.style.height = n === undefined ? "" : px(n);
        },
        border_radius: (w, v) => {
            const css = v === undefined || v === null ? "" : parseRadius(v);
            if (css === null) badValue(w, "border_radius", v, "a number or a BorderRadius");
            w.el.style.borderRadius = w.parts.fill.style.borderRadius = css ?? "";
        },
        ...NAME_PROPS,
    },
};

export const PROGRESS_RING: WidgetDef = {
    create: (w) => progressElement(w, "flet-progress-ring"),
    props: {
        value: (w, v) => {
            const fraction = setValue(w, v);
            w.el.style.setProperty("--flet-ring-value", fraction === null ? "" : String(fraction));
        },
        color: colorVar("--flet-ring-color", "color"),
        bgcolor: colorVar("--flet-ring-track", "bgcolor"),
        stroke_width: (w, v) => {
            const n = numberProp(w, "stroke_width", v);
            w.el.style.setProperty("--flet-ring-stroke", n === undefined ? "" : px(n));
        },
        ...NAME_PROPS,
    },
};

export const DEFS = { ProgressBar: PROGRESS_BAR, ProgressRing: PROGRESS_RING };
