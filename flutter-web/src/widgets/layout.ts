// Column and Row (flet-protocol.md §5.2) as flex boxes. Both host expanded children
// (`_internals.host_expanded`), which size themselves with CSS flex in base-props.
import { badValue, numberProp } from "../render/base-props";
import type { Setter, Widget, WidgetDef } from "../render/widget";
import { parseCrossAxis, parseMainAxis, px } from "../values/geometry";

const SCROLL_MODES = new Set(["auto", "adaptive", "always", "hidden"]);

/** The flex-box behaviour shared by Column, Row and View; `box` is the element holding the children. */
export function flexProps(
    vertical: boolean,
    mainProp: string,
    crossProp: string,
    box = (w: Widget): HTMLElement => w.el,
): Record<string, Setter> {
    const gaps = (w: Widget) => {
        const spacing = numberProp(w, "spacing", w.prop("spacing")) ?? 10;
        const run = numberProp(w, "run_spacing", w.prop("run_spacing")) ?? 10;
        const wrap = w.prop("wrap") === true;
        // gap is "row-gap column-gap": the main-axis spacing goes between items, run spacing between lines.
        box(w).style.gap = wrap ? (vertical ? `${px(spacing)} ${px(run)}` : `${px(run)} ${px(spacing)}`) : px(spacing);
        box(w).style.flexWrap = wrap ? "wrap" : "";
    };
    return {
        spacing: gaps,
        run_spacing: gaps,
        wrap: gaps,
        [mainProp]: (w, v) => {
            const css = parseMainAxis(v);
            if (css === null && v !== undefined && v !== null) badValue(w, mainProp, v, "a MainAxisAlignment");
            box(w).style.justifyContent = css ?? "";
        },
        [crossProp]: (w, v) => {
            const css = parseCrossAxis(v);
            if (css === null && v !== undefined && v !== null) badValue(w, crossProp, v, "a CrossAxisAlignment");
            box(w).style.alignItems = css ?? "";
            // stretch is a tight cross-axis constraint: every child takes the full cross size, whatever its own.
            box(w).classList.toggle(vertical ? "flet-forces-w" : "flet-forces-h", css === "stretch");
        },
        run_alignment: (w, v) => {
            const css = parseMainAxis(v);
            if (css === null && v !== undefined && v !== null) badValue(w, "run_alignment", v, "a MainAxisAlignment");
            box(w).style.alignContent = css ?? "";
        },
        scroll: (w, v) => {
            const mode = typeof v === "string" ? v.toLowerCase() : typeof v === "object" && v ? "auto" : "";
            if (v !== undefined && v !== null && !SCROLL_MODES.has(mode)) badValue(w, "scroll", v, "a ScrollMode");
            box(w).dataset.scroll = SCROLL_MODES.has(mode) ? mode : "";
            if (!box(w).dataset.scroll) delete box(w).dataset.scroll;
        },
        tight: (w, v) => box(w).classList.toggle("flet-tight", v === true),
        auto_scroll: (w) => autoScroll(w, vertical, box),
    };
}

/**
 * auto_scroll: after the children change, a scrolling Column or Row moves to its end, smoothly, as Flet's
 * ScrollableControl animates to the maximum extent after each build.
 */
export function autoScroll(w: Widget, vertical: boolean, box = (v: Widget): HTMLElement => v.el): void {
    if (w.prop("auto_scroll") !== true) return;
    // After the frame's other changes, so the scroll mode and every new child are in place.
    w.renderer.doc.defaultView?.requestAnimationFrame(() => {
        const el = box(w);
        if (el.dataset.scroll)
            el.scrollTo({
                [vertical ? "top" : "left"]: vertical ? el.scrollHeight : el.scrollWidth,
                behavior: "smooth",
            });
    });
}

function flexBox(className: string): (w: Widget) => HTMLElement {
    return (w) => {
        const el = w.renderer.doc.createElement("div");
        el.className = className;
        return el;
    };
}

const controlsInto = { controls: (w: Widget) => w.el };

export const COLUMN: WidgetDef = {
    create: flexBox("flet-col"),
    lists: controlsInto,
    listChanged: (w) => autoScroll(w, true),
    props: flexProps(true, "alignment", "horizontal_alignment"),
};

export const ROW: WidgetDef = {
    create: flexBox("flet-row"),
    lists: controlsInto,
    listChanged: (w) => autoScroll(w, false),
    props: flexProps(false, "alignment", "vertical_alignment"),
};
