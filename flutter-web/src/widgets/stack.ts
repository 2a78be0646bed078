// Stack and SafeArea (flet-protocol.md §5.2). A Stack lays its children over each other in one grid
// cell, so it is as large as its largest unpositioned child; children with left/top/right/bottom are
// placed absolutely (base-props.ts, `host_positioned`).
import { badValue } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { parseAlignment, px } from "../values/geometry";
import { part } from "./parts";
import { enumSetter } from "./text";

const SELF: Record<string, string> = { "flex-start": "start", "flex-end": "end", center: "center" };

function refreshAlignment(w: Widget): void {
    const v = w.prop("alignment");
    const a = v === undefined || v === null ? null : parseAlignment(v);
    if (!a && v !== undefined && v !== null) badValue(w, "alignment", v, "an Alignment {x, y}");
    // fit: expand stretches unpositioned children to the stack's size, whatever the alignment.
    const expand = w.prop("fit") === "expand";
    w.el.style.justifyItems = expand ? "stretch" : a ? SELF[a[0]] : "";
    w.el.style.alignItems = expand ? "stretch" : a ? SELF[a[1]] : "";
}

export const STACK: WidgetDef = {
    create: (w) => part(w, "flet-stack"),
    lists: { controls: (w) => w.el },
    props: {
        alignment: refreshAlignment,
        fit: (w, v) => {
            if (v !== undefined && v !== null && !["loose", "expand", "passthrough"].includes(String(v)))
                badValue(w, "fit", v, "loose/expand/passthrough");
            refreshAlignment(w);
        },
        clip_behavior: enumSetter(
            { none: "visible", hardedge: "hidden", antialias: "hidden", antialiaswithsavelayer: "hidden" },
            (w, css) => (w.el.style.overflow = css),
            "clip_behavior",
        ),
    },
};

const SAFE_SIDES = ["left", "top", "right", "bottom"] as const;

/** Pads its content by the device's safe-area insets (notches, home indicator), at least minimum_padding. */
function refreshSafeArea(w: Widget): void {
    const min = w.prop("minimum_padding");
    const mins: Record<string, number> = { left: 0, top: 0, right: 0, bottom: 0 };
    if (typeof min === "number") for (const s of SAFE_SIDES) mins[s] = min;
    else if (min && typeof min === "object") for (const s of SAFE_SIDES) mins[s] = Number((min as any)[s] ?? 0) || 0;
    for (const side of SAFE_SIDES) {
        const avoid = w.prop(`avoid_intrusions_${side}`) !== false;
        const key = `padding${side[0].toUpperCase()}${side.slice(1)}` as "paddingLeft";
        w.el.style[key] = avoid ? `max(${px(mins[side])}, env(safe-area-inset-${side}, 0px))` : px(mins[side]);
    }
}

export const SAFE_AREA: WidgetDef = {
    create: (w) => part(w, "flet-safe-area"),
    props: {
        content: (w, v) => {
            const el = w.renderer.setSlot(w, "content", v);
            if (el && el.parentNode !== w.el) w.el.append(el);
        },
        minimum_padding: refreshSafeArea,
        avoid_intrusions_left: refreshSafeArea,
        avoid_intrusions_top: refreshSafeArea,
        avoid_intrusions_right: refreshSafeArea,
        avoid_intrusions_bottom: refreshSafeArea,
    },
    mounted: refreshSafeArea,
};
