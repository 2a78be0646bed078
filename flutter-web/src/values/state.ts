// Per-state values (flet-protocol.md §2.6): a plain value, or a map keyed by widget state.
import { isRecord } from "../tree/control";

export const STATES = [
    "hovered",
    "focused",
    "pressed",
    "dragged",
    "selected",
    "scrolledunder",
    "disabled",
    "error",
    "default",
] as const;
export type State = (typeof STATES)[number];

const STATE_NAMES = new Set<string>(STATES);

/**
 * Reads a per-state value with `parse`: a plain value applies to every state ({default: …}); a map
 * keyed by state names ("" is the legacy alias of default) reads each entry. Null when any entry is bad.
 */
export function parseStateValues<T>(v: unknown, parse: (x: unknown) => T | null): Partial<Record<State, T>> | null {
    const keyed =
        isRecord(v) &&
        Object.keys(v).length > 0 &&
        Object.keys(v).every((k) => k === "" || STATE_NAMES.has(k.toLowerCase()));
    if (!keyed) {
        const single = parse(v);
        return single === null ? null : { default: single };
    }
    const out: Partial<Record<State, T>> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        const parsed = parse(x);
        if (parsed === null) return null;
        out[(k === "" ? "default" : k.toLowerCase()) as State] = parsed;
    }
    return out;
}
