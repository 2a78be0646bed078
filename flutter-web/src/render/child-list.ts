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
        this.container.replaceChildren(...this.items.map((w) => w.el));
        this.afterChange();
    }

    apply(change: ListChange): void {
        switch (change.op) {
            case "insert": {
                const w = this.mountAt(change.index);
                this.container.insertBefore(w.el, this.items[change.index]?.el ?? null);
                this.items.splice(change.index, 0, w);
                break;
            }
            case "remove":
                this.removeAt(change.index);
                break;
            case "replace": {
                const w = this.mountAt(change.index);
                const old = this.items[change.index];
                this.container.replaceChild(w.el, old.el);
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
        w.el.remove();
        this.owner.renderer.unmount(w);
    }

    private move(from: number, to: number): void {
        const [w] = this.items.splice(from, 1);
        this.items.splice(to, 0, w);
        const active = w.el.ownerDocument.activeElement;
        if (active && w.el.contains(active)) {
            // Re-inserting the element that holds focus would blur it, so the others move around it.
            if (from < to) for (let i = from; i < to; i++) this.container.insertBefore(this.items[i].el, w.el);
            else for (let i = from; i > to; i--) this.container.insertBefore(this.items[i].el, w.el.nextSibling);
        } else {
            this.container.insertBefore(w.el, this.items[to + 1]?.el ?? null);
        }
    }
}
