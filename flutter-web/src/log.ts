// Problems with incoming data are reported once each, as warnings: end-to-end tests treat any console
// error as a failure, and a bad value repeated in every patch must not flood the console.
const seen = new Set<string>();

export function warnOnce(message: string): void {
    if (seen.has(message)) return;
    seen.add(message);
    console.warn(`[jflet] ${message}`);
}

/** Forgets what was reported; tests use it to observe warnings again. */
export function resetWarnings(): void {
    seen.clear();
}

export const preview = (value: unknown): string => {
    try {
        const s = JSON.stringify(value);
        return s === undefined ? String(value) : s.length > 80 ? s.slice(0, 77) + "..." : s;
    } catch {
        return String(value);
    }
};
