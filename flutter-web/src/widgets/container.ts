// Container (flet-protocol.md §5.2): a <div> around one optional child, with decoration and padding.
// It sizes as Flutter's Container does: a width or height without an alignment is a tight constraint that
// the child must fill (flet-forces-w/-h); with an alignment the child keeps its size and is placed inside;
// without a child it fills the width a Column gives it (render/fill-width.ts).
import { BASE_PROPS, badValue } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { parseColor } from "../values/colors";
import { parseBoxShadow, parseGradient } from "../values/decoration";
import { isNumber, parseAlignment, parseInsets, parseRadius, px } from "../values/geometry";
import { colorSetter } from "./text";
import { hasClass, toggleClass } from "../render/classes";

function border(w: Widget, v: unknown): void {
    const style = w.el.style;
    style.border = "";
    if (v === undefined || v === null) return;
    if (typeof v !== "object") return badValue(w, "border", v, "a Border");
    const sides = v as Record<string, any>;
    for (const side of ["top", "right", "bottom", "left"] as const) {
        const s = sides[side];
        if (!s) continue;
        const width = isNumber(s.width) ? s.width : 1;
        const color = s.color === undefined ? "#000" : parseColor(s.color);
        if (color === null) badValue(w, "border", s.color, "a colour");
        const key = `border${side[0].toUpperCase()}${side.slice(1)}` as "borderTop";
        style[key] = `${px(width)} ${s.style === "none" ? "none" : "solid"} ${color ?? "#000"}`;
    }
}

/** Whether the Container forces its child's width and height, as Flutter's tight constraints do. */
function refreshForced(w: Widget): void {
    const aligned = hasClass(w.el, "flet-aligned");
    toggleClass(w.el, "flet-forces-w", !aligned && isNumber(w.prop("width")));
    toggleClass(w.el, "flet-forces-h", !aligned && isNumber(w.prop("height")));
}

export const CONTAINER: WidgetDef = {
    mainSlot: "content",
    create: (w) => {
        const el = w.renderer.doc.createElement("div");
        el.className = "flet-container";
        return el;
    },
    events: {
        click: (w) => w.renderer.context.trigger(w.control, "click", null),
        keydown: (w, e) => {
            const key = (e as KeyboardEvent).key;
            if (e.target === w.el && w.el.getAttribute("role") === "button" && (key === "Enter" || key === " ")) {
                e.preventDefault();
                w.renderer.context.trigger(w.control, "click", null);
            }
        },
    },
    props: {
        content: (w, v) => {
            const el = w.renderer.setSlot(w, "content", v);
            if (el && el.parentNode !== w.el) w.el.append(el);
        },
        width: (w, v) => {
            BASE_PROPS.width(w, v);
            refreshForced(w);
        },
        height: (w, v) => {
            BASE_PROPS.height(w, v);
            refreshForced(w);
        },
        padding: (w, v) => {
            const css = v === undefined || v === null ? "" : parseInsets(v);
            if (css === null) badValue(w, "padding", v, "a number or {left, top, right, bottom}");
            w.el.style.padding = css ?? "";
        },
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        border_radius: (w, v) => {
            const css = v === undefined || v === null ? "" : parseRadius(v);
            if (css === null) badValue(w, "border_radius", v, "a number or a BorderRadius");
            w.el.style.borderRadius = w.prop("shape") === "circle" ? "50%" : (css ?? "");
        },
        shape: (w) => CONTAINER.props!.border_radius(w, w.prop("border_radius")),
        gradient: (w, v) => {
            const css = v === undefined || v === null ? "" : parseGradient(v);
            if (css === null) badValue(w, "gradient", v, "a Gradient with _type linear/radial/sweep");
            w.el.style.backgroundImage = css ?? "";
        },
        shadow: (w, v) => {
            const css = v === undefined || v === null ? "" : parseBoxShadow(v);
            if (css === null) badValue(w, "shadow", v, "a BoxShadow or a list of them");
            w.el.style.boxShadow = css ?? "";
        },
        blur: (w, v) => {
            const n = typeof v === "number" ? v : Array.isArray(v) && typeof v[0] === "number" ? v[0] : null;
            w.el.style.backdropFilter = n ? `blur(${n}px)` : "";
        },
        border,
        theme: (w) => w.renderer.context.setThemeScope(w),
        dark_theme: (w) => w.renderer.context.setThemeScope(w),
        theme_mode: (w) => w.renderer.context.setThemeScope(w),
        alignment: (w, v) => {
            const a = v === undefined || v === null ? null : parseAlignment(v);
            if (!a && v !== undefined && v !== null) badValue(w, "alignment", v, "an Alignment {x, y}");
            // With an alignment Flutter's Container fills its parent and positions the child inside.
            toggleClass(w.el, "flet-aligned", !!a);
            w.el.style.alignItems = a?.[0] ?? "";
            w.el.style.justifyContent = a?.[1] ?? "";
            refreshForced(w);
        },
        on_click: (w, v) => {
            const clickable = v === true;
            toggleClass(w.el, "flet-clickable", clickable);
            if (clickable) {
                w.el.setAttribute("role", "button");
                w.el.tabIndex = w.effectivelyDisabled ? -1 : 0;
            } else {
                w.el.removeAttribute("role");
                w.el.removeAttribute("tabindex");
            }
        },
    },
    setDisabled: (w, disabled) => {
        toggleClass(w.el, "flet-disabled", disabled);
        if (w.el.getAttribute("role") === "button") w.el.tabIndex = disabled ? -1 : 0;
        w.el.toggleAttribute("aria-disabled", disabled);
    },
};
