// Column and Row (flet-protocol.md §5.2) as flex boxes. Both host expanded children
// (`_internals.host_expanded`), which size themselves with CSS flex in base-props.
import { BASE_PROPS, badValue, numberProp } from "../render/base-props";
import { refreshShares, stopShares } from "../render/flex-shares";
import type { Setter, Widget, WidgetDef } from "../render/widget";
import { isNumber, parseCrossAxis, parseMainAxis, px } from "../values/geometry";
import { autoScroll, type ScrollAxis, scrollableDef } from "./scrollable";
import { toggleClass } from "../render/classes";

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
        refreshShares(w);
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
            toggleClass(box(w), vertical ? "flet-forces-w" : "flet-forces-h", css === "stretch");
        },
        run_alignment: (w, v) => {
            const css = parseMainAxis(v);
            if (css === null && v !== undefined && v !== null) badValue(w, "run_alignment", v, "a MainAxisAlignment");
            box(w).style.alignContent = css ?? "";
        },
        ...scrollableDef(axis(vertical, box)).props,
        tight: (w, v) => toggleClass(box(w), "flet-tight", v === true),
    };
}

/** Column and View scroll vertically, Row sideways. */
function axis(vertical: boolean, box: (w: Widget) => HTMLElement): ScrollAxis {
    return { box, horizontal: () => !vertical };
}

function flexBox(className: string): (w: Widget) => HTMLElement {
    return (w) => {
        const el = w.renderer.doc.createElement("div");
        el.className = className;
        return el;
    };
}

const controlsInto = { controls: (w: Widget) => w.el };
function self(w: Widget): HTMLElement {
    return w.el;
}
const COLUMN_AXIS = axis(true, self);
const ROW_AXIS = axis(false, self);

export const COLUMN: WidgetDef = {
    create: flexBox("flet-col"),
    lists: controlsInto,
    listChanged: (w) => {
        autoScroll(w, COLUMN_AXIS);
        refreshShares(w);
    },
    unmounted: stopShares,
    props: flexProps(true, "alignment", "horizontal_alignment"),
    methods: scrollableDef(COLUMN_AXIS).methods,
};

export const ROW: WidgetDef = {
    create: flexBox("flet-row"),
    lists: controlsInto,
    listChanged: (w) => {
        autoScroll(w, ROW_AXIS);
        refreshShares(w);
    },
    unmounted: stopShares,
    props: {
        ...flexProps(false, "alignment", "vertical_alignment"),
        // A Row of bounded height lets a Column take all of it (layout.css), as Flutter's MainAxisSize.max does.
        height: (w, v) => {
            BASE_PROPS.height(w, v);
            toggleClass(w.el, "flet-bounded-h", isNumber(v));
        },
    },
    methods: scrollableDef(ROW_AXIS).methods,
};
