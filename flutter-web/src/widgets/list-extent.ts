// ListView's uniform item extent (flet-protocol.md §5.2): with item_extent, prototype_item or first_item_prototype
// every item takes one extent along the list's axis, as Flutter's ListView does. item_extent gives it in pixels;
// prototype_item is a control laid out at the list's cross size but never shown, whose extent is measured; with
// first_item_prototype the first item is measured. Precedence: item_extent, then prototype_item, then the first
// item. The measured extent follows the measured element through a ResizeObserver.
import { numberProp } from "../render/base-props";
import type { Widget } from "../render/widget";
import { px } from "../values/geometry";
import { part } from "./parts";
import { toggleClass } from "../render/classes";

interface Measuring {
    observer: ResizeObserver | null;
    target: Element | null;
}

const measuring = new WeakMap<Widget, Measuring>();

function horizontal(w: Widget): boolean {
    return w.prop("horizontal") === true;
}

/** The extent of `el` along the list's axis, margins included. */
export function extentOf(el: Element, alongWidth: boolean): number {
    const box = el.getBoundingClientRect();
    return alongWidth ? box.width : box.height;
}

function apply(w: Widget, extent: number | undefined, source: string): void {
    w.el.style.setProperty("--flet-item-extent", extent === undefined ? "" : px(extent));
    toggleClass(w.el, "flet-fixed-extent", extent !== undefined);
    toggleClass(w.el, "flet-first-prototype", source === "first");
}

function measure(w: Widget, target: Element | null, source: string): void {
    let m = measuring.get(w);
    if (m?.target === target) return;
    m?.observer?.disconnect();
    if (!target) {
        measuring.delete(w);
        return;
    }
    const win = w.el.ownerDocument.defaultView;
    const update = (): void => apply(w, extentOf(target, horizontal(w)), source);
    m = { observer: win?.ResizeObserver ? new win.ResizeObserver(update) : null, target };
    m.observer?.observe(target);
    measuring.set(w, m);
    update();
}

/** The offstage box that holds the prototype: laid out at the list's cross size, invisible and inert. */
function prototypeBox(w: Widget): HTMLElement {
    let box: HTMLElement | undefined = w.parts.prototypeBox;
    if (!box) {
        box = part(w, "flet-list-prototype");
        box.setAttribute("aria-hidden", "true");
        box.inert = true;
        w.parts.prototypeBox = box;
    }
    return box;
}

/** Re-applies the extent after a change to item_extent, prototype_item, first_item_prototype, the axis or items. */
export function updateItemExtent(w: Widget): void {
    const fixed = numberProp(w, "item_extent", w.prop("item_extent"));
    const protoEl = w.renderer.setSlot(w, "prototype_item", w.prop("prototype_item") ?? null);
    let box: HTMLElement | undefined = w.parts.prototypeBox;
    if (protoEl) {
        box = prototypeBox(w);
        if (box.firstChild !== protoEl) box.replaceChildren(protoEl);
        // Kept after the items, where an insertion at the end would otherwise pass it.
        if (w.el.lastChild !== box) w.el.append(box);
    } else if (box) {
        box.remove();
        w.parts.prototypeBox = undefined;
    }
    if (fixed !== undefined) {
        measure(w, null, "");
        apply(w, fixed, "fixed");
    } else if (protoEl) {
        measure(w, protoEl, "prototype");
    } else if (w.prop("first_item_prototype") === true) {
        const first = w.listItems("controls")[0]?.el.parentElement ?? null;
        measure(w, first, "first");
        if (!first) apply(w, undefined, "");
    } else {
        measure(w, null, "");
        apply(w, undefined, "");
    }
}

/** Stops measuring when the list goes. */
export function stopItemExtent(w: Widget): void {
    measure(w, null, "");
}
