// Icon (flet-protocol.md §5.2): a glyph of the icon font, named for assistive technology only when the
// app gives it a semantics_label.
import { iconElement } from "../icons/icons";
import { numberProp } from "../render/base-props";
import type { WidgetDef } from "../render/widget";
import { px } from "../values/geometry";
import { colorSetter } from "./text";

export const ICON: WidgetDef = {
    create: (w) => iconElement(w.renderer.doc),
    props: {
        icon: (w, v) => w.renderer.context.icons.show(w.el, v),
        color: colorSetter("color", "color"),
        size: (w, v) => {
            const n = numberProp(w, "size", v);
            w.el.style.fontSize = n === undefined ? "" : px(n);
        },
        semantics_label: (w, v) => {
            if (typeof v === "string" && v !== "") {
                w.el.setAttribute("role", "img");
                w.el.setAttribute("aria-label", v);
                w.el.removeAttribute("aria-hidden");
            } else {
                w.el.removeAttribute("role");
                w.el.removeAttribute("aria-label");
                w.el.setAttribute("aria-hidden", "true");
            }
        },
    },
};
