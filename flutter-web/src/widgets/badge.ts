// Badges (flet-protocol.md §5.2): any control's `badge` is a label string or a Badge control, drawn over
// the control's top-end corner. The badge's text is part of the control's content, so a control named by
// its content reads it; one named by aria-label (an IconButton) adds it through its definition's `relabel`, so that
// the visible text stays part of the name (WCAG 2.5.3).
import { badValue, numberProp } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { Control } from "../tree/control";
import { isNumber, px } from "../values/geometry";
import { parseOffset } from "../values/transform";
import { part, textOrControl } from "./parts";
import { colorSetter } from "./text";
import { toggleClass } from "../render/classes";

/** The text the badge of `w` shows, or undefined when it has none or shows a dot. */
export function badgeText(w: Widget): string | undefined {
    const v = w.prop("badge");
    if (typeof v === "string" || isNumber(v)) return String(v);
    if (!(v instanceof Control) || v.props.label_visible === false) return undefined;
    const label = v.props.label;
    return typeof label === "string" || isNumber(label) ? String(label) : undefined;
}

/** Sets or removes the badge of `w`. */
export function setBadge(w: Widget, v: unknown): void {
    const r = w.renderer;
    const control = v instanceof Control ? v : null;
    const text = typeof v === "string" || isNumber(v) ? String(v) : null;
    if (v !== undefined && v !== null && !control && text === null) badValue(w, "badge", v, "a string or a Badge");
    const el = r.setSlot(w, "badge", control);
    if (text !== null) {
        w.parts.badge ??= part(w, "flet-badge");
        w.parts.badge.textContent = text;
    } else {
        w.parts.badge?.remove();
        w.parts.badge = undefined;
    }
    const badge: HTMLElement | null = el ?? w.parts.badge ?? null;
    if (badge && badge.parentNode !== w.el) w.el.append(badge);
    toggleClass(w.el, "flet-has-badge", !!badge);
    w.def.relabel?.(w);
}

/** Without a label (or with label_visible false) a badge is a small dot. */
function refreshLabel(w: Widget): void {
    const label = w.prop("label");
    const shown = w.prop("label_visible") !== false && label !== undefined && label !== null;
    textOrControl(w, "label", w.el, shown ? label : null);
    w.el.hidden = w.prop("visible") === false;
    toggleClass(w.el, "flet-badge-small", !shown);
    if (w.parent) w.parent.def.relabel?.(w.parent);
}

export const BADGE: WidgetDef = {
    create: (w) => part(w, "flet-badge flet-badge-small", "span"),
    props: {
        label: refreshLabel,
        label_visible: refreshLabel,
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        text_color: colorSetter("color", "text_color"),
        small_size: (w, v) => {
            const n = numberProp(w, "small_size", v);
            w.el.style.setProperty("--flet-badge-small", n === undefined ? "" : px(n));
        },
        large_size: (w, v) => {
            const n = numberProp(w, "large_size", v);
            w.el.style.setProperty("--flet-badge-large", n === undefined ? "" : px(n));
        },
        offset: (w, v) => {
            const o = v === undefined || v === null ? null : parseOffset(v);
            if (!o && v !== undefined && v !== null) badValue(w, "offset", v, "an Offset");
            w.el.style.translate = o ? `${px(o[0])} ${px(o[1])}` : "";
        },
    },
};
