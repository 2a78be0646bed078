// Mirrors a control list property as child elements. Operations touch only the affected children, and
// surviving controls keep their DOM nodes, so focus, caret and scroll positions survive reordering.
import type { ListChange } from "../tree/control-tree";
import type { Widget } from "./widget";

export class ChildList {
    items: Widget[] = [];

    constructor(
        readonly owner: Widget,
        readonly prop: string,
        readonly container: HTMLElement,
    ) {}

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

    private values(): unknown[] {
        const v = this.owner.prop(this.prop);
        return Array.isArray(v) ? v : [];
    }

    private mountAt(index: number): Widget {
        return this.owner.renderer.mountChild(this.values()[index], this.owner);
    }

    /** Rebuilds the whole list from the model (first render, or the list was replaced). */
    reset(): void {
        for (const w of this.items) this.owner.renderer.unmount(w);
        const values = this.values();
        this.items = values.map((_, i) => this.mountAt(i));
        this.container.replaceChildren(...this.items.map((w) => this.node(w)));
        this.afterChange();
    }

    apply(change: ListChange): void {
        switch (change.op) {
            case "insert": {
                const w = this.mountAt(change.index);
                const next = this.items[change.index];
                this.container.insertBefore(this.node(w), next ? this.node(next) : null);
                this.items.splice(change.index, 0, w);
                break;
            }
            case "remove":
                this.removeAt(change.index);
                break;
            case "replace": {
                const w = this.mountAt(change.index);
                const old = this.items[change.index];
                this.container.replaceChild(this.node(w), this.node(old));
                this.owner.renderer.unmount(old);
                this.items[change.index] = w;
                break;
            }
            case "move":
                this.move(change.from, change.to);
                break;
        }
        this.afterChange();
    }

    private removeAt(index: number): void {
        const [w] = this.items.splice(index, 1);
        this.node(w).remove();
        this.owner.renderer.unmount(w);
    }

    private move(from: number, to: number): void {
        const [w] = this.items.splice(from, 1);
        this.items.splice(to, 0, w);
        const active = w.el.ownerDocument.activeElement;
        if (active && w.el.contains(active)) {
            // Re-inserting the element that holds focus would blur it, so the others move around it.
            const at = this.node(w);
            if (from < to) for (let i = from; i < to; i++) this.container.insertBefore(this.node(this.items[i]), at);
            else for (let i = from; i > to; i--) this.container.insertBefore(this.node(this.items[i]), at.nextSibling);
        } else {
            const next = this.items[to + 1];
            this.container.insertBefore(this.node(w), next ? this.node(next) : null);
        }
    }
}
