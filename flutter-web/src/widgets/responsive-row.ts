// ResponsiveRow (flet-protocol.md §5.2): children take `col` of `columns` columns, each number chosen by
// the page width's breakpoint (xs 0, sm 576, md 768, lg 992, xl 1200, xxl 1400), and wrap to new runs
// when their columns add up to more than a row. Widths follow Flet's client exactly: a column is
// (width - spacing * (columns - 1)) / columns wide, a child spans col columns and the gaps between them.
import { badValue } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { isRecord } from "../tree/control";
import { isNumber, parseCrossAxis, parseMainAxis, px } from "../values/geometry";
import { part } from "./parts";

const DEFAULT_BREAKPOINTS: Record<string, number> = { xs: 0, sm: 576, md: 768, lg: 992, xl: 1200, xxl: 1400 };

/** Reads a number or a breakpoint map at page width `width`; undefined when it is neither. */
export function responsiveNumber(
    v: unknown,
    width: number,
    breakpoints: Record<string, number> = DEFAULT_BREAKPOINTS,
): number | undefined {
    if (isNumber(v)) return v;
    if (!isRecord(v)) return undefined;
    let best: number | undefined = isNumber(v[""]) ? (v[""] as number) : undefined;
    let bestWidth = -1;
    for (const name in v) {
        const min = breakpoints[name];
        const n = v[name];
        if (!isNumber(min) || !isNumber(n)) continue;
        if (width >= min && min > bestWidth) {
            best = n;
            bestWidth = min;
        }
    }
    return best;
}

function breakpointsOf(w: Widget): Record<string, number> {
    const b = w.prop("breakpoints");
    return isRecord(b) && Object.values(b).every(isNumber) ? (b as Record<string, number>) : DEFAULT_BREAKPOINTS;
}

function read(w: Widget, owner: Widget, prop: string, fallback: number, width: number): number {
    const v = owner.prop(prop);
    if (v === undefined || v === null) return fallback;
    const n = responsiveNumber(v, width, breakpointsOf(w));
    if (n === undefined && !isRecord(v)) badValue(owner, prop, v, "a number or a {breakpoint: number} map");
    return n ?? fallback;
}

/** Sizes every child for the current page width. */
function layout(w: Widget): void {
    const width = w.renderer.doc.defaultView?.innerWidth ?? 1024;
    const columns = Math.max(1, read(w, w, "columns", 12, width));
    const spacing = read(w, w, "spacing", 10, width);
    const runSpacing = read(w, w, "run_spacing", 10, width);
    w.el.style.columnGap = px(spacing);
    w.el.style.rowGap = px(runSpacing);
    for (const child of w.listItems("controls")) {
        const col = Math.min(columns, Math.max(0, read(w, child, "col", 12, width)));
        // (100% - gaps) / columns per column, times col, plus the gaps the child spans.
        const basis = `calc((100% - ${px(spacing * (columns - 1))}) * ${+(col / columns).toFixed(6)} + ${px(spacing * Math.max(0, col - 1))})`;
        child.el.style.flex = `0 0 ${basis}`;
        child.el.style.maxWidth = basis;
        child.el.hidden = col === 0 || child.prop("visible") === false;
    }
}

const onResize = new WeakMap<Widget, () => void>();

export const RESPONSIVE_ROW: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-responsive-row");
        w.parts.relayout = () => layout(w);
        return el;
    },
    lists: { controls: (w) => w.el },
    listChanged: layout,
    props: {
        columns: layout,
        spacing: layout,
        run_spacing: layout,
        breakpoints: layout,
        alignment: (w, v) => {
            const css = parseMainAxis(v);
            if (css === null && v !== undefined && v !== null) badValue(w, "alignment", v, "a MainAxisAlignment");
            w.el.style.justifyContent = css ?? "";
        },
        vertical_alignment: (w, v) => {
            const css = parseCrossAxis(v);
            if (css === null && v !== undefined && v !== null)
                badValue(w, "vertical_alignment", v, "a CrossAxisAlignment");
            w.el.style.alignItems = css ?? "";
        },
    },
    mounted: (w) => {
        layout(w);
        const win = w.renderer.doc.defaultView;
        if (!win) return;
        let frame = 0;
        const handler = () => {
            if (frame) return;
            frame = win.requestAnimationFrame(() => {
                frame = 0;
                layout(w);
            });
        };
        win.addEventListener("resize", handler);
        onResize.set(w, handler);
    },
    unmounted: (w) => {
        const handler = onResize.get(w);
        if (handler) w.renderer.doc.defaultView?.removeEventListener("resize", handler);
    },
};

export const DEFS = { ResponsiveRow: RESPONSIVE_ROW };
