// SharedPreferences (§3.14) in localStorage, as Flutter's web plugin keeps them: each key under the
// prefix "flutter.", each value JSON-encoded. A value is a string, a number, a boolean or a list of
// strings; anything else is refused with an error that names the key.
import { preview } from "../log";
import type { Methods } from "./index";

export const PREFIX = "flutter.";

function storageOf(win: Window): Storage {
    try {
        const storage = win.localStorage;
        if (storage) return storage;
    } catch (e) {
        throw new Error(`SharedPreferences: localStorage is not available here (${(e as Error).message})`);
    }
    throw new Error("SharedPreferences: localStorage is not available here");
}

function keyOf(args: Record<string, unknown>, method: string): string {
    if (typeof args.key !== "string" || args.key === "") {
        throw new Error(`SharedPreferences.${method}: key must be a non-empty string, not ${preview(args.key)}`);
    }
    return args.key;
}

/** Whether `v` is a value Flet's SharedPreferences stores. */
export function isPreferenceValue(v: unknown): boolean {
    if (typeof v === "string" || typeof v === "boolean") return true;
    if (typeof v === "number") return Number.isFinite(v);
    return Array.isArray(v) && v.every((item) => typeof item === "string");
}

/** The keys of this app's preferences (without the prefix), sorted. */
export function preferenceKeys(storage: Storage): string[] {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k !== null && k.startsWith(PREFIX)) keys.push(k.slice(PREFIX.length));
    }
    return keys.sort();
}

export const preferenceMethods: Methods = {
    set: (args, win) => {
        const key = keyOf(args, "set");
        const value = args.value;
        if (!isPreferenceValue(value)) {
            throw new Error(
                `SharedPreferences.set: the value of "${key}" must be a string, a finite number, a boolean ` +
                    `or a list of strings, not ${preview(value)}`,
            );
        }
        storageOf(win).setItem(PREFIX + key, JSON.stringify(value));
        return true;
    },
    get: (args, win) => {
        const key = keyOf(args, "get");
        const raw = storageOf(win).getItem(PREFIX + key);
        if (raw === null) return null;
        try {
            return JSON.parse(raw);
        } catch {
            throw new Error(`SharedPreferences.get: the stored value of "${key}" is not JSON: ${preview(raw)}`);
        }
    },
    contains_key: (args, win) => storageOf(win).getItem(PREFIX + keyOf(args, "contains_key")) !== null,
    remove: (args, win) => {
        storageOf(win).removeItem(PREFIX + keyOf(args, "remove"));
        return true;
    },
    get_keys: (args, win) => {
        const prefix = typeof args.key_prefix === "string" ? args.key_prefix : "";
        return preferenceKeys(storageOf(win)).filter((k) => k.startsWith(prefix));
    },
    clear: (_args, win) => {
        const storage = storageOf(win);
        for (const k of preferenceKeys(storage)) storage.removeItem(PREFIX + k);
        return true;
    },
};
