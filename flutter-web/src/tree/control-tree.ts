// Turns decoded maps into controls, keeps the id index (§3.1, §3.6) and forgets controls that left the
// tree. The listener hears about every change the patch applier makes.
import { preview, warnOnce } from "../log";
import { Control, forEachProp, getProp, isRecord, newControl, setProp } from "./control";
import { shareValue } from "./shared-values";

/** A change to a list held directly in a control property. */
export type ListChange =
    | { op: "insert"; index: number }
    | { op: "remove"; index: number; removed: unknown }
    | { op: "replace"; index: number; removed: unknown }
    | { op: "move"; from: number; to: number };

export interface TreeListener {
    /**
     * Property `prop` of `control` was set, removed, or changed somewhere inside its value. `previous` is the value it
     * held before: the one replaced or removed, or the current value itself when something inside it changed.
     */
    propChanged(control: Control, prop: string, previous: unknown): void;
    /** The list in property `prop` of `control` changed as described; its other items are untouched. */
    listChanged(control: Control, prop: string, change: ListChange): void;
}

export const IGNORE_CHANGES: TreeListener = { propChanged() {}, listChanged() {} };

export class ControlTree {
    /**
     * Controls by id. Ids are small integers handed out in order, so an array indexes them in 4 bytes each where a
     * Map takes about 18 (V8 turns an array whose ids grew sparse into a dictionary, which bounds the holes).
     */
    private readonly index: (Control | undefined)[] = [];
    private count = 0;
    /** Makes the tree's controls: the renderer's widgets (`Renderer.newControl`), when a renderer shows the tree. */
    newControl: (id: number, type: string) => Control = newControl;

    constructor(public listener: TreeListener = IGNORE_CHANGES) {}

    get(id: number): Control | undefined {
        return Number.isInteger(id) && id >= 0 ? this.index[id] : undefined;
    }

    get size(): number {
        return this.count;
    }

    /**
     * Converts, in place, every map with `_c` inside `value` into a Control registered under its `_i`
     * (replacing an older object with that id). `parent` becomes the parent of top-level controls.
     */
    materialize(value: unknown, parent: Control | null): unknown {
        // A shared hint (shared-values.ts) holds no controls and must not be written to.
        if (typeof value === "object" && value !== null && Object.isFrozen(value)) return value;
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) value[i] = this.materialize(value[i], parent);
            return value;
        }
        if (value instanceof Map) {
            for (const [k, v] of value) value.set(k, this.materialize(v, parent));
            return value;
        }
        if (!isRecord(value)) return value;
        const type = value._c;
        if (typeof type !== "string") {
            for (const k in value) value[k] = this.materialize(value[k], parent);
            return value;
        }
        const id = value._i;
        if (typeof id !== "number" || !Number.isInteger(id)) {
            warnOnce(`control ${type} has no integer _i (${preview(id)}); it is shown but cannot be updated`);
        }
        const control = this.newControl(typeof id === "number" ? id : -1, type);
        control.parent = parent;
        for (const k in value) {
            if (k === "_internals") setProp(control, k, shareValue(this.materialize(value[k], control)));
            else if (k !== "_c" && k !== "_i") setProp(control, k, this.materialize(value[k], control));
        }
        if (control.id >= 0 && Number.isInteger(control.id)) {
            if (this.index[control.id] === undefined) this.count++;
            this.index[control.id] = control;
        }
        return control;
    }

    /** Unregisters the controls inside a value that left the tree, unless a newer object took the id. */
    release(value: unknown): void {
        if (value instanceof Control) {
            if (value.id >= 0 && this.index[value.id] === value) {
                delete this.index[value.id];
                this.count--;
            }
            forEachProp(value, (_, v) => this.release(v));
        } else if (Array.isArray(value)) {
            for (const v of value) this.release(v);
        } else if (value instanceof Map) {
            for (const v of value.values()) this.release(v);
        } else if (isRecord(value)) {
            for (const k in value) this.release(value[k]);
        }
    }

    /**
     * Deep-merges a control map into an existing control, as the client does with the RegisterClient
     * response's page_patch (§3.6): a child with the same _i and _c is merged, anything else replaced.
     */
    merge(target: Control, map: Record<string, unknown>): void {
        for (const key in map) {
            if (key === "_c" || key === "_i") continue;
            const incoming = map[key];
            const current = getProp(target, key);
            if (
                current instanceof Control &&
                isRecord(incoming) &&
                incoming._i === current.id &&
                incoming._c === current.type
            ) {
                this.merge(current, incoming);
                continue;
            }
            if (current === incoming && (typeof incoming !== "object" || incoming === null)) continue;
            setProp(target, key, this.materialize(incoming, target));
            this.release(current);
            this.listener.propChanged(target, key, current);
        }
    }
}
