// Mirrors a control list property as child elements. The list shown is the model's own array (its controls are
// their widgets), so a list costs no object beyond that array: its property name and container come from the
// owner's definition (`WidgetDef.lists`). Operations touch only the affected children, and surviving controls keep
// their DOM nodes, so focus, caret and scroll positions survive reordering.
import { warnOnce } from "../log";
import type { ListChange } from "../tree/control-tree";
import { Widget } from "./widget";

const NONE: unknown[] = [];

/** The element list `prop` of `owner` renders into. */
const containerOf = (owner: Widget, prop: string): HTMLElement => owner.def.lists![prop](owner);

/** The element that stands for `w` in the container: its own, or the wrapper the owner gives each item. */
function node(owner: Widget, prop: string, w: Widget): HTMLElement {
    const wrap = owner.def.wrapItem;
    if (!wrap) return w.el;
    let box: HTMLElement | undefined = w.parts.listItem;
    if (!box) {
        box = w.parts.listItem = wrap(owner, prop);
        box.append(w.el);
    }
    return box;
}

/** The node the item after `index` stands for, to insert before; null at the end. */
function nodeAfter(owner: Widget, prop: string, values: unknown[], index: number): HTMLElement | null {
    const next = values[index + 1];
    return next ? node(owner, prop, next as Widget) : null;
}

/**
 * Mounts the model's item `index`. Anything but a control not already on screen shows as a placeholder, which takes
 * its place in the model so that the model lists what is shown.
 */
function mountAt(owner: Widget, prop: string, values: unknown[], index: number): Widget {
    const value = values[index];
    const renderer = owner.renderer;
    let w: Widget;
    if (value instanceof Widget && value.view === value) {
        warnOnce(`${owner.control}: ${value} is in ${prop} twice; the second is shown as a placeholder`);
        w = renderer.mountPlaceholder(owner);
    } else {
        w = renderer.mountChild(value, owner);
    }
    values[index] = w;
    return w;
}

/**
 * Shows list property `prop` of `owner` anew from the model: when the widget mounts, or when the property got a new
 * value. The widgets of `previous`, the value the property held before (the current array itself when something
 * inside it changed), leave the screen first.
 */
export function showList(owner: Widget, prop: string, previous: unknown): void {
    if (Array.isArray(previous)) {
        for (const w of previous)
            if (w instanceof Widget && w.view === w && w.parent === owner) owner.renderer.unmount(w);
    }
    const v = owner.prop(prop);
    const values: unknown[] = Array.isArray(v) ? v : NONE;
    for (let i = 0; i < values.length; i++) mountAt(owner, prop, values, i);
    containerOf(owner, prop).replaceChildren(...values.map((w) => node(owner, prop, w as Widget)));
    owner.def.listChanged?.(owner, prop);
}

/** Follows a change the patch applier already made to the array of list property `prop` of `owner`. */
export function applyListChange(owner: Widget, prop: string, change: ListChange): void {
    const values = owner.prop(prop) as unknown[];
    const container = containerOf(owner, prop);
    switch (change.op) {
        case "insert": {
            const w = mountAt(owner, prop, values, change.index);
            container.insertBefore(node(owner, prop, w), nodeAfter(owner, prop, values, change.index));
            break;
        }
        case "remove": {
            const old = change.removed;
            if (old instanceof Widget) {
                node(owner, prop, old).remove();
                owner.renderer.unmount(old);
            }
            break;
        }
        case "replace": {
            const w = mountAt(owner, prop, values, change.index);
            const old = change.removed;
            if (old instanceof Widget) {
                container.replaceChild(node(owner, prop, w), node(owner, prop, old));
                owner.renderer.unmount(old);
            } else {
                container.insertBefore(node(owner, prop, w), nodeAfter(owner, prop, values, change.index));
            }
            break;
        }
        case "move":
            move(owner, prop, container, values as Widget[], change.from, change.to);
            break;
    }
    owner.def.listChanged?.(owner, prop);
}

function move(owner: Widget, prop: string, container: HTMLElement, items: Widget[], from: number, to: number): void {
    const w = items[to];
    const active = w.el.ownerDocument.activeElement;
    if (active && w.el.contains(active)) {
        // Re-inserting the element that holds focus would blur it, so the others move around it.
        const at = node(owner, prop, w);
        if (from < to) for (let i = from; i < to; i++) container.insertBefore(node(owner, prop, items[i]), at);
        else for (let i = from; i > to; i--) container.insertBefore(node(owner, prop, items[i]), at.nextSibling);
    } else {
        container.insertBefore(node(owner, prop, w), nodeAfter(owner, prop, items, to));
    }
}
