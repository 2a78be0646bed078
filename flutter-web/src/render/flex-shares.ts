// Flex shares as Flutter's RenderFlex computes them. Flutter lays the non-flex children out first at their own
// size, then gives each flex child (free space / total flex) * its flex; a loose child (expand_loose) that needs
// less keeps its content's size and the rest of its share stays free (main-axis alignment places it). CSS flex
// instead hands what a max-size clamp frees to the other flex children. So where a Row or Column has a loose
// child among two or more flex children, the renderer measures the non-flex children and caps every flex child
// at its share: the loose ones take their content's size up to it, the tight ones grow to it exactly.
import { isNumber } from "../values/geometry";
import type { Widget } from "./widget";
import { toggleClass } from "./classes";

/** One child of a Row or Column: its flex (0: not flex), fit, and the main size it takes (margins included). */
export interface FlexItem {
    flex: number;
    loose: boolean;
    outer: number;
}

/** The flex factor `expand` gives: true is 1, a positive number itself, anything else 0. */
export function flexFactor(expand: unknown): number {
    return expand === true ? 1 : isNumber(expand) && expand > 0 ? expand : 0;
}

/** Whether CSS would share differently from Flutter: a loose child among two or more flex children. */
export function needsShares(items: readonly Pick<FlexItem, "flex" | "loose">[]): boolean {
    const flex = items.filter((i) => i.flex > 0);
    return flex.length > 1 && flex.some((i) => i.loose);
}

/**
 * Each child's share of `extent` (the container's inner main size) with `gap` between children: the outer
 * size Flutter gives a flex child, null for a non-flex one.
 */
export function flexShares(extent: number, gap: number, items: readonly FlexItem[]): (number | null)[] {
    let fixed = gap * Math.max(0, items.length - 1);
    let total = 0;
    for (const i of items) {
        if (i.flex > 0) total += i.flex;
        else fixed += i.outer;
    }
    const perFlex = Math.max(0, extent - fixed) / (total || 1);
    return items.map((i) => (i.flex > 0 ? perFlex * i.flex : null));
}

const shared = new WeakMap<HTMLElement, { observer: ResizeObserver | null; frame: number }>();

function vertical(w: Widget): boolean {
    return w.control.type !== "Row";
}

/** The items of `w`'s controls that take part in its layout (hidden ones do not). */
function childWidgets(w: Widget): Widget[] {
    return w.listItems("controls").filter((c) => !c.el.hidden);
}

function sizes(el: HTMLElement, isVertical: boolean): { outer: number; extra: number } {
    const s = el.ownerDocument.defaultView!.getComputedStyle(el);
    const n = (v: string) => parseFloat(v) || 0;
    const [a, b] = isVertical ? ["Top", "Bottom"] : ["Left", "Right"];
    const margin = n(s[`margin${a}` as "marginTop"]) + n(s[`margin${b}` as "marginTop"]);
    const inner =
        s.boxSizing === "border-box"
            ? 0
            : n(s[`padding${a}` as "paddingTop"]) +
              n(s[`padding${b}` as "paddingTop"]) +
              n(s[`border${a}Width` as "borderTopWidth"]) +
              n(s[`border${b}Width` as "borderTopWidth"]);
    const rect = el.getBoundingClientRect();
    return { outer: (isVertical ? rect.height : rect.width) + margin, extra: margin + inner };
}

/** Measures `w` (a Row or Column) and caps its flex children at their shares. */
function layout(w: Widget): void {
    const isVertical = vertical(w);
    const children = childWidgets(w);
    const measured = children.map((c) => sizes(c.el, isVertical));
    const items = children.map((c, i) => ({
        flex: flexFactor(c.prop("expand")),
        loose: c.prop("expand_loose") === true,
        outer: measured[i].outer,
    }));
    const s = w.el.ownerDocument.defaultView!.getComputedStyle(w.el);
    const n = (v: string) => parseFloat(v) || 0;
    const extent = isVertical
        ? w.el.clientHeight - n(s.paddingTop) - n(s.paddingBottom)
        : w.el.clientWidth - n(s.paddingLeft) - n(s.paddingRight);
    const shares = flexShares(extent, n(isVertical ? s.rowGap : s.columnGap), items);
    const max = isVertical ? "maxHeight" : "maxWidth";
    children.forEach((c, i) => {
        const share = shares[i];
        if (share === null) return;
        const cap = `${Math.max(0, share - measured[i].extra)}px`;
        if (c.el.style[max] !== cap) c.el.style[max] = cap;
        // A loose child starts from its content's size and shrinks to the cap; a tight one grows to it.
        const flex = items[i].loose ? "0 1 auto" : `${items[i].flex} 1 0%`;
        if (c.el.style.flex !== flex) c.el.style.flex = flex;
    });
}

/** The CSS flex of `w` as a child of its parent: `expand` as the flex factor, `expand_loose` as a loose fit. */
export function setFlexCss(w: Widget): void {
    const host = (w.parent?.prop("_internals") as any)?.host_expanded === true;
    const factor = host ? flexFactor(w.prop("expand")) : 0;
    // Flet honours expand only under a parent that hosts expanded children (Column, Row, View).
    w.el.style.flex = factor > 0 ? `${factor} 1 0%` : "";
    toggleClass(w.el, "flet-expanded", factor > 0);
    // expand_loose is Flutter's Flexible: its share is the most it takes; it keeps its content's size below that.
    const loose = factor > 0 && w.prop("expand_loose") === true;
    const isVertical = w.parent?.control.type !== "Row";
    w.el.style.maxWidth = loose && !isVertical ? "max-content" : "";
    w.el.style.maxHeight = loose && isVertical ? "max-content" : "";
}

/** Stops measuring `w`'s shares and gives its children back their plain CSS flex. */
export function stopShares(w: Widget): void {
    const state = shared.get(w.el);
    if (!state) return;
    state.observer?.disconnect();
    w.el.ownerDocument.defaultView?.cancelAnimationFrame(state.frame);
    shared.delete(w.el);
    for (const c of childWidgets(w)) setFlexCss(c);
}

/**
 * Re-evaluates whether `w` (a Row or Column) needs measured shares and starts or stops doing so; the
 * children's own expand setters have already set their CSS flex, which this then overrides.
 */
export function refreshShares(w: Widget | null): void {
    if (!w || (w.control.type !== "Row" && w.control.type !== "Column")) return;
    // Once per Row or Column after the patch at hand: a patch that appends 1,000 rows calls this 1,000 times,
    // and each call reads every child.
    if (pending.size === 0) queueMicrotask(refreshPending);
    pending.add(w);
}

const pending = new Set<Widget>();

function refreshPending(): void {
    const widgets = [...pending];
    pending.clear();
    // A widget unmounted since it asked is left alone: its unmounted hook already stopped its shares.
    for (const w of widgets) if (w.control.view === w) refreshNow(w);
}

function refreshNow(w: Widget): void {
    const children = childWidgets(w);
    const on = needsShares(
        children.map((c) => ({ flex: flexFactor(c.prop("expand")), loose: c.prop("expand_loose") === true })),
    );
    const win = w.el.ownerDocument.defaultView;
    if (!on || !win) return stopShares(w);
    let state = shared.get(w.el);
    if (!state) {
        state = { observer: null, frame: 0 };
        shared.set(w.el, state);
    }
    const st = state;
    // Layout happens in the next frame, outside the observer's callback, so it never loops within one.
    const schedule = () => {
        win.cancelAnimationFrame(st.frame);
        st.frame = win.requestAnimationFrame(() => layout(w));
    };
    st.observer?.disconnect();
    st.observer = win.ResizeObserver ? new win.ResizeObserver(schedule) : null;
    st.observer?.observe(w.el);
    for (const c of children) if (flexFactor(c.prop("expand")) === 0) st.observer?.observe(c.el);
    schedule();
}
