// Applies PatchControl patches (flet-protocol.md §3.4): a path tree naming containers by node index,
// then replace/add/remove/move operations applied strictly in order against live indices.
import { preview, warnOnce } from "../log";
import { Control, getProp, hasOwn, hasProp, isRecord, removeProp, setProp } from "../tree/control";
import type { ControlTree, ListChange } from "../tree/control-tree";
import { thaw } from "../tree/shared-values";

type Key = string | number;

const REPLACE = 0;
const ADD = 1;
const REMOVE = 2;
const MOVE = 3;

class PatchError extends Error {}

/** node index -> keys from the patch root, from `[index]` / `[index, {key: node, ...}]`. */
function nodePaths(tree: unknown): Map<number, Key[]> {
    const paths = new Map<number, Key[]>();
    const walk = (node: unknown, path: Key[]) => {
        if (!Array.isArray(node) || node.length < 1 || node.length > 2 || !Number.isInteger(node[0])) {
            throw new PatchError(`malformed path tree node ${preview(node)}`);
        }
        paths.set(node[0], path);
        const children = node[1];
        if (children === undefined || children === null) return;
        const entries: [unknown, unknown][] =
            children instanceof Map ? [...children] : isRecord(children) ? Object.entries(children) : [];
        if (entries.length === 0 && !isRecord(children)) {
            throw new PatchError(`malformed path tree children ${preview(children)}`);
        }
        for (const [key, child] of entries) {
            if (typeof key !== "string" && !Number.isInteger(key)) {
                throw new PatchError(`path tree key ${preview(key)} is neither a name nor a list index`);
            }
            walk(child, [...path, key as Key]);
        }
    };
    walk(tree, []);
    return paths;
}

/** Where a container sits: the nearest control above it and the property of that control. */
interface Location {
    container: unknown;
    owner: Control;
    prop: string;
    /** The container is property `prop` of `owner` itself, not something nested inside it. */
    direct: boolean;
}

const pathText = (path: Key[]) => (path.length ? path.join("/") : "(root)");

function child(container: unknown, key: Key): unknown {
    if (container instanceof Control) return typeof key === "string" ? getProp(container, key) : undefined;
    if (Array.isArray(container)) return typeof key === "number" ? container[key] : undefined;
    if (container instanceof Map) return container.get(key);
    if (isRecord(container) && typeof key === "string" && hasOwn(container, key)) return container[key];
    return undefined;
}

/** Puts a private copy of a shared value found under `key` in its place (shared-values.ts), and returns it. */
function ownChild(container: unknown, key: Key, value: unknown): unknown {
    const copy = thaw(value);
    if (copy === value) return value;
    if (container instanceof Control) setProp(container, String(key), copy);
    else if (container instanceof Map) container.set(key, copy);
    else (container as Record<Key, unknown>)[key] = copy;
    return copy;
}

function locate(root: Control, path: Key[]): Location {
    let container: unknown = root;
    let owner = root;
    let prop = "";
    let direct = false;
    for (let i = 0; i < path.length; i++) {
        if (container instanceof Control) {
            owner = container;
            prop = String(path[i]);
            direct = true;
        } else direct = false;
        const next = child(container, path[i]);
        if (next === undefined || next === null) {
            throw new PatchError(`path ${pathText(path.slice(0, i + 1))} does not exist`);
        }
        container = ownChild(container, path[i], next);
    }
    return { container, owner, prop, direct };
}

function checkIndex(key: Key, length: number): number {
    if (typeof key !== "number" || !Number.isInteger(key) || key < 0 || key >= length) {
        throw new PatchError(`list index ${preview(key)} is out of range 0..${length - 1}`);
    }
    return key;
}

class PatchRun {
    constructor(
        private readonly tree: ControlTree,
        private readonly root: Control,
        private readonly paths: Map<number, Key[]>,
    ) {}

    private at(node: unknown): Location {
        const path = typeof node === "number" ? this.paths.get(node) : undefined;
        if (!path) throw new PatchError(`node ${preview(node)} is not in the path tree`);
        return locate(this.root, path);
    }

    private notify(loc: Location, change: ListChange): void {
        if (loc.direct) this.tree.listener.listChanged(loc.owner, loc.prop, change);
        else this.changedInside(loc);
    }

    /** Entry `key` of the container changed from `previous`. */
    private notifyProp(loc: Location, key: Key, previous: unknown): void {
        if (loc.container instanceof Control) this.tree.listener.propChanged(loc.container, String(key), previous);
        else this.changedInside(loc);
    }

    /** Something inside the value of the property at `loc` changed; the property still holds that value. */
    private changedInside(loc: Location): void {
        this.tree.listener.propChanged(loc.owner, loc.prop, getProp(loc.owner, loc.prop));
    }

    /** Removes and returns the entry; the caller releases or re-inserts it. */
    private take(loc: Location, key: Key): unknown {
        const c = loc.container;
        if (Array.isArray(c)) {
            const index = checkIndex(key, c.length);
            const [removed] = c.splice(index, 1);
            this.notify(loc, { op: "remove", index, removed });
            return removed;
        }
        let removed: unknown;
        if (c instanceof Control && typeof key === "string" && hasProp(c, key)) {
            removed = removeProp(c, key);
        } else if (c instanceof Map && c.has(key)) {
            removed = c.get(key);
            c.delete(key);
        } else if (isRecord(c) && typeof key === "string" && hasOwn(c, key)) {
            removed = c[key];
            delete c[key];
        } else throw new PatchError(`there is no entry ${preview(key)} to remove`);
        this.notifyProp(loc, key, removed);
        return removed;
    }

    private put(loc: Location, key: Key, value: unknown, insert: boolean): void {
        const c = loc.container;
        const parent = c instanceof Control ? c : loc.owner;
        if (value instanceof Control) value.parent = parent;
        if (Array.isArray(c)) {
            const index = checkIndex(key, insert ? c.length + 1 : c.length);
            const stored = this.tree.materialize(value, parent);
            if (insert) {
                c.splice(index, 0, stored);
                this.notify(loc, { op: "insert", index });
            } else {
                const removed = c[index];
                c[index] = stored;
                this.tree.release(removed);
                this.notify(loc, { op: "replace", index, removed });
            }
            return;
        }
        const stored = this.tree.materialize(value, parent);
        let previous: unknown;
        if (c instanceof Control && typeof key === "string") {
            previous = getProp(c, key);
            setProp(c, key, stored);
        } else if (c instanceof Map) {
            previous = c.get(key);
            c.set(key, stored);
        } else if (isRecord(c) && typeof key === "string") {
            previous = hasOwn(c, key) ? c[key] : undefined;
            c[key] = stored;
        } else throw new PatchError(`cannot set ${preview(key)} on ${preview(c)}`);
        this.tree.release(previous);
        this.notifyProp(loc, key, previous);
    }

    apply(op: unknown): void {
        if (!Array.isArray(op)) throw new PatchError("an operation must be a list");
        switch (op[0]) {
            case REPLACE:
            case ADD: {
                if (op.length !== 4) break;
                const loc = this.at(op[1]);
                return this.put(loc, op[2], op[3], op[0] === ADD && Array.isArray(loc.container));
            }
            case REMOVE:
                if (op.length !== 3) break;
                return this.tree.release(this.take(this.at(op[1]), op[2]));
            case MOVE:
                if (op.length !== 5) break;
                return this.move(op[1], op[2], op[3], op[4]);
        }
        throw new PatchError("unknown operation");
    }

    private move(fromNode: unknown, fromKey: Key, toNode: unknown, toKey: Key): void {
        const from = this.at(fromNode);
        const to = this.at(toNode);
        const list = from.container;
        if (Array.isArray(list) && list === to.container) {
            const a = checkIndex(fromKey, list.length);
            const b = checkIndex(toKey, list.length);
            if (a === b) return;
            list.splice(b, 0, list.splice(a, 1)[0]);
            this.notify(from, { op: "move", from: a, to: b });
            return;
        }
        const value = this.take(from, fromKey);
        this.put(this.at(toNode), toKey, value, Array.isArray(to.container));
    }
}

/**
 * Applies one PatchControl to the control `root`. A malformed patch or an operation whose path does
 * not exist is reported with console.warn and skipped; the following operations still run.
 */
export function applyPatch(tree: ControlTree, root: Control, patch: unknown): void {
    if (!Array.isArray(patch) || patch.length === 0) {
        warnOnce(`PatchControl for ${root}: patch ${preview(patch)} is not [path_tree, op...]; ignored`);
        return;
    }
    let run: PatchRun;
    try {
        run = new PatchRun(tree, root, nodePaths(patch[0]));
    } catch (e) {
        warnOnce(`PatchControl for ${root}: ${(e as Error).message}; patch ignored`);
        return;
    }
    for (let i = 1; i < patch.length; i++) {
        try {
            run.apply(patch[i]);
        } catch (e) {
            // Anything else is a renderer fault; the remaining operations still apply to the model.
            const reason = e instanceof PatchError ? e.message : `failed: ${e}`;
            warnOnce(`PatchControl for ${root}: operation ${preview(patch[i])}: ${reason}; skipped`);
        }
    }
}
