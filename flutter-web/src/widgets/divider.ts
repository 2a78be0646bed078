// Divider and VerticalDivider (flet-protocol.md §5.2) as role=separator elements, taking `height` (or
// `width`) of space with a `thickness` line in the middle, indented by leading/trailing_indent. Not <hr>: an
// <hr> cannot hold the tooltip bubble that any control may carry.
import { numberProp } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { px } from "../values/geometry";
import { colorVarSetter } from "./text";

const dividerDef = (vertical: boolean): WidgetDef => {
    const extent = vertical ? "width" : "height";
    const refresh = (w: Widget) => {
        const space = numberProp(w, extent, w.prop(extent)) ?? 16;
        const thickness = numberProp(w, "thickness", w.prop("thickness")) ?? 1;
        const lead = numberProp(w, "leading_indent", w.prop("leading_indent")) ?? 0;
        const trail = numberProp(w, "trailing_indent", w.prop("trailing_indent")) ?? 0;
        const radius = numberProp(w, "radius", w.prop("radius"));
        const s = w.el.style;
        s.setProperty("--flet-divider-space", px(space));
        s.setProperty("--flet-divider-thickness", px(thickness));
        s.setProperty("--flet-divider-lead", px(lead));
        s.setProperty("--flet-divider-trail", px(trail));
        s.borderRadius = radius === undefined ? "" : px(radius);
    };
    return {
        create: (w) => {
            const el = w.renderer.doc.createElement("div");
            el.className = vertical ? "flet-divider flet-vdivider" : "flet-divider";
            el.setAttribute("role", "separator");
            if (vertical) el.setAttribute("aria-orientation", "vertical");
            return el;
        },
        props: {
            [extent]: refresh,
            thickness: refresh,
            leading_indent: refresh,
            trailing_indent: refresh,
            radius: refresh,
            color: colorVarSetter("--flet-divider-color", "color"),
        },
        mounted: refresh,
    };
};

export const DIVIDER = dividerDef(false);
export const VERTICAL_DIVIDER = dividerDef(true);
