// Page and View (flet-protocol.md §3.3, §3.12): the page shows its views as a stack, only the last
// visible; a View lays its controls out in a column, like Flet's.
import { badValue } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { parseInsets } from "../values/geometry";
import { flexProps } from "./layout";
import { colorSetter } from "./text";

export const PAGE: WidgetDef = {
    create: (w) => {
        const el = w.renderer.doc.createElement("div");
        el.className = "flet-page";
        return el;
    },
    lists: { views: (w) => w.el },
    listChanged: (w) => {
        // Views under the top one keep their DOM (and state) but are hidden, as a navigator would.
        const views = w.lists.get("views")!.items;
        views.forEach((view, i) => view.el.classList.toggle("flet-covered", i < views.length - 1));
    },
    props: {
        title: (w, v) => {
            if (typeof v === "string") w.renderer.doc.title = v;
        },
        theme_mode: (w) => w.renderer.context.refreshTheme(),
        // The page's own width/height/etc. are client-reported window facts, not layout.
        width: () => {},
        height: () => {},
    },
};

export const VIEW: WidgetDef = {
    create: (w) => {
        const el = w.renderer.doc.createElement("section");
        el.className = "flet-view flet-col";
        return el;
    },
    lists: { controls: (w) => w.el },
    props: {
        ...flexProps(true, "vertical_alignment", "horizontal_alignment"),
        padding: (w, v) => {
            const css = v === undefined || v === null ? "10px" : parseInsets(v);
            if (css === null) badValue(w, "padding", v, "a number or {left, top, right, bottom}");
            w.el.style.padding = css ?? "10px";
        },
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        route: (w, v) => {
            if (typeof v === "string") w.el.dataset.route = v;
        },
    },
};

/** Shown for a control type the renderer does not know, so the gap is visible and named. */
export const PLACEHOLDER: WidgetDef = {
    create: (w: Widget) => {
        const el = w.renderer.doc.createElement("div");
        el.className = "flet-unknown";
        el.setAttribute("role", "note");
        el.textContent = w.control.type === "?" ? "Invalid control" : `Unknown control: ${w.control.type}`;
        return el;
    },
};
