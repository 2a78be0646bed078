// ListView and GridView (flet-protocol.md §5.2): scrolling lists of controls. A ListView is a flex line
// (a column, or a row when horizontal) with `spacing` and optional dividers; a GridView is a CSS grid
// with runs_count columns, or as many max_extent-wide tiles as fit. Both are role=list, each child in a
// role=listitem of its own, so a child keeps its own role (a button stays a button) and assistive
// technology still counts the items. Scrolling behaves as in scrollable.ts. A chunk of its own (lazy.ts): most
// pages never show a ListView or GridView.
import { badValue, insetsSetter, numberProp } from "../render/base-props";
import type { Setter, Widget, WidgetDef } from "../render/widget";
import { px } from "../values/geometry";
import { stopItemExtent, updateItemExtent } from "./list-extent";
import { part } from "./parts";
import { autoScroll, type ScrollAxis, scrollableDef } from "./scrollable";
import { toggleClass } from "../render/classes";

// Setters are function declarations, hoisted, so nothing here depends on this chunk's init order.
function box(w: Widget): HTMLElement {
    return w.el;
}

function horizontal(w: Widget): boolean {
    return w.prop("horizontal") === true;
}

const AXIS: ScrollAxis = { box, horizontal };
const SCROLLABLE = scrollableDef(AXIS);

/** A list is a scroll region, so it takes keyboard focus: arrow keys and Page Up/Down then scroll it. */
function listElement(w: Widget, className: string): HTMLElement {
    const el = part(w, className);
    el.setAttribute("role", "list");
    el.tabIndex = 0;
    return el;
}

function listItem(w: Widget): HTMLElement {
    const item = part(w, "flet-list-item");
    item.setAttribute("role", "listitem");
    return item;
}

function afterChildren(w: Widget): void {
    autoScroll(w, AXIS);
}

function direction(w: Widget): void {
    toggleClass(w.el, "flet-horizontal", horizontal(w));
    toggleClass(w.el, "flet-reverse", w.prop("reverse") === true);
}

function listViewDirection(w: Widget): void {
    direction(w);
    updateItemExtent(w);
}

function listViewChanged(w: Widget): void {
    afterChildren(w);
    updateItemExtent(w);
}

function gap(prop: string, css: "gap" | "rowGap" | "columnGap", fallback: number): Setter {
    return (w, v) => {
        const n = numberProp(w, prop, v);
        w.el.style[css] = px(n ?? fallback);
    };
}

export const LIST_VIEW: WidgetDef = {
    create: (w) => listElement(w, "flet-list-view"),
    lists: { controls: (w) => w.el },
    wrapItem: listItem,
    listChanged: listViewChanged,
    methods: SCROLLABLE.methods,
    props: {
        ...SCROLLABLE.props,
        horizontal: listViewDirection,
        reverse: direction,
        spacing: gap("spacing", "gap", 0),
        padding: insetsSetter("padding"),
        divider_thickness: (w, v) => {
            const n = numberProp(w, "divider_thickness", v);
            w.el.style.setProperty("--flet-divider-thickness", n ? px(n) : "");
            toggleClass(w.el, "flet-divided", !!n);
        },
        item_extent: updateItemExtent,
        prototype_item: updateItemExtent,
        first_item_prototype: updateItemExtent,
    },
    mounted: (w) => {
        listViewDirection(w);
        if (w.prop("spacing") === undefined) w.el.style.gap = "0px";
    },
    unmounted: stopItemExtent,
};

/** Columns: runs_count equal tracks, or with max_extent as many tracks as fit, none wider than it. */
function columns(w: Widget): void {
    const extent = numberProp(w, "max_extent", w.prop("max_extent"));
    const runs = numberProp(w, "runs_count", w.prop("runs_count")) ?? 1;
    if (runs < 1 || !Number.isInteger(runs)) badValue(w, "runs_count", runs, "a positive int");
    const tracks =
        extent !== undefined && extent > 0
            ? `repeat(auto-fill,minmax(min(100%,${px(extent)}),1fr))`
            : `repeat(${Math.max(1, Math.floor(runs))},minmax(0,1fr))`;
    const across = horizontal(w);
    w.el.style.gridTemplateColumns = across ? "" : tracks;
    w.el.style.gridTemplateRows = across ? tracks : "";
    toggleClass(w.el, "flet-horizontal", across);
}

export const GRID_VIEW: WidgetDef = {
    create: (w) => listElement(w, "flet-grid-view"),
    lists: { controls: (w) => w.el },
    wrapItem: listItem,
    listChanged: afterChildren,
    methods: SCROLLABLE.methods,
    props: {
        ...SCROLLABLE.props,
        runs_count: columns,
        max_extent: columns,
        horizontal: columns,
        // spacing is along the main axis (between rows of a vertical grid), run_spacing across it.
        spacing: (w, v) => {
            const n = numberProp(w, "spacing", v) ?? 10;
            w.el.style[horizontal(w) ? "columnGap" : "rowGap"] = px(n);
        },
        run_spacing: (w, v) => {
            const n = numberProp(w, "run_spacing", v) ?? 10;
            w.el.style[horizontal(w) ? "rowGap" : "columnGap"] = px(n);
        },
        child_aspect_ratio: (w, v) => {
            const n = numberProp(w, "child_aspect_ratio", v);
            w.el.style.setProperty("--flet-tile-ratio", n && n > 0 ? String(n) : "");
        },
        padding: insetsSetter("padding"),
        reverse: (w, v) => toggleClass(w.el, "flet-reverse", v === true),
    },
    mounted: columns,
};

export const DEFS = { ListView: LIST_VIEW, GridView: GRID_VIEW };
