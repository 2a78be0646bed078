// Mirrors a control list property as child elements. Operations touch only the affected children, and
// surviving controls keep their DOM nodes, so focus, caret and scroll positions survive reordering.
import { warnOnce } from "../log";
import type { ListChange } from "../tree/control-tree";
import { Widget } from "./widget";

export class ChildList {
    /**
     * The list shown: the model's own array (controls are their widgets, so it lists the widgets shown), kept here
     * so that when the property gets a new array the widgets of the old one can still be taken off the screen.
     * A second array of widgets would cost 50 bytes more per list.
     */
    private shown: readonly Widget[] = [];

    constructor(
        readonly owner: Widget,
        readonly prop: string,
        readonly container: HTMLElement,
    ) {}

    /** The widgets shown, in order. */
    get items(): readonly Widget[] {
        return this.shown;
    }

    /** The element that stands for `w` in the container: its own, or the wrapper the owner gives each item. */
    private node(w: Widget): HTMLElement {
        const wrap = this.owner.def.wrapItem;
        if (!wrap) return w.el;
        let box: HTMLElement | undefined = w.parts.listItem;
        if (!box) {
            box = w.parts.listItem = wrap(this.owner, this.prop);
            box.append(w.el);
        }
        return box;
    }

    private afterChange(): void {
        this.owner.def.listChanged?.(this.owner, this.prop);
    }

    /**
     * Mounts the model's item `index`. Anything but a control not already on screen shows as a placeholder, which
     * takes its place in the model so that the model lists what is shown.
     */
    private mountAt(values: unknown[], index: number): Widget {
        const value = values[index];
        const renderer = this.owner.renderer;
        let w: Widget;
        if (value instanceof Widget && value.view === value) {
            warnOnce(`${this.owner.control}: ${value} is in ${this.prop} twice; the second is shown as a placeholder`);
            w = renderer.mountPlaceholder(this.owner);
        } else {
            w = renderer.mountChild(value, this.owner);
        }
        values[index] = w;
        return w;
    }

    /** Rebuilds the whole list from the model (first render, or the list was replaced). */
    reset(): void {
        for (const w of this.shown) this.owner.renderer.unmount(w);
        const v = this.owner.prop(this.prop);
        const values: unknown[] = Array.isArray(v) ? v : [];
        for (let i = 0; i < values.length; i++) this.mountAt(values, i);
        this.shown = values as Widget[];
        this.container.replaceChildren(...this.shown.map((w) => this.node(w)));
        this.afterChange();
    }

    /** Follows a change the patch applier already made to the model's array. */
    apply(change: ListChange): void {
        const values = this.shown as unknown as unknown[];
        switch (change.op) {
            case "insert": {
                const w = this.mountAt(values, change.index);
                const next = this.shown[change.index + 1];
                this.container.insertBefore(this.node(w), next ? this.node(next) : null);
                break;
            }
            case "remove":
                this.unmountRemoved(change.removed);
                break;
            case "replace": {
                const w = this.mountAt(values, change.index);
                const old = change.removed;
                if (old instanceof Widget) {
                    this.container.replaceChild(this.node(w), this.node(old));
                    this.owner.renderer.unmount(old);
                } else {
                    const next = this.shown[change.index + 1];
                    this.container.insertBefore(this.node(w), next ? this.node(next) : null);
                }
                break;
            }
            case "move":
                this.move(change.from, change.to);
                break;
        }
        this.afterChange();
    }

    private unmountRemoved(removed: unknown): void {
        if (!(removed instanceof Widget)) return;
        this.node(removed).remove();
        this.owner.renderer.unmount(removed);
    }

    private move(from: number, to: number): void {
        const items = this.shown;
        const w = items[to];
        const active = w.el.ownerDocument.activeElement;
        if (active && w.el.contains(active)) {
            // Re-inserting the element that holds focus would blur it, so the others move around it.
            const at = this.node(w);
            if (from < to) for (let i = from; i < to; i++) this.container.insertBefore(this.node(items[i]), at);
            else for (let i = from; i > to; i--) this.container.insertBefore(this.node(items[i]), at.nextSibling);
        } else {
            const next = items[to + 1];
            this.container.insertBefore(this.node(w), next ? this.node(next) : null);
        }
    }
}
