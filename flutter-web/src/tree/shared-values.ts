// Hints every control of a type carries alike (`_internals`: {host_expanded: true}, {skip_properties: [...]})
// are kept once and shared: 10,000 rows would otherwise hold 10,000 equal objects and arrays. Shared values
// are frozen; a patch that reaches inside one first puts a private copy in its place (thaw).
import { isRecord } from "./control";

/** How many distinct values are kept; past that the table starts over (old values stay valid, just unshared). */
const MAX_KEPT = 64;
const kept = new Map<string, object>();

/** Whether `v` is a small list or map of strings, numbers, booleans and null, nested at most `depth` deep. */
function plain(v: unknown, depth: number): boolean {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return true;
    if (depth === 0) return false;
    if (Array.isArray(v)) return v.length <= 16 && v.every((item) => plain(item, depth - 1));
    if (!isRecord(v)) return false;
    let n = 0;
    for (const k in v) if (++n > 16 || !plain(v[k], depth - 1)) return false;
    return true;
}

function freezeDeep(v: unknown): void {
    if (typeof v !== "object" || v === null) return;
    for (const item of Object.values(v)) freezeDeep(item);
    Object.freeze(v);
}

/** The shared, frozen copy of a small plain value equal to `v`; `v` itself when it is not small and plain. */
export function shareValue(v: unknown): unknown {
    if (typeof v !== "object" || v === null || Object.isFrozen(v) || !plain(v, 3)) return v;
    // Arrays and maps with the same JSON differ in their brackets, and decoded values have no undefined.
    const key = JSON.stringify(v);
    const known = kept.get(key);
    if (known !== undefined) return known;
    if (kept.size >= MAX_KEPT) kept.clear();
    freezeDeep(v);
    kept.set(key, v as object);
    return v;
}

/** A value that may be changed in place: a shallow copy of a shared (frozen) list or map, else `v` itself. */
export function thaw<T>(v: T): T {
    if (typeof v !== "object" || v === null || !Object.isFrozen(v)) return v;
    if (Array.isArray(v)) return [...v] as T;
    return Object.assign(Object.create(Object.getPrototypeOf(v)), v);
}
