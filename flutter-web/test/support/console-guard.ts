import { afterEach, beforeEach, expect, vi } from "vitest";
import { resetWarnings } from "../../src/log";

/**
 * Silences console.warn for each test of the file (tests read it through the returned getter) and
 * fails any test that logs a console.error.
 */
export function guardConsole(): () => ReturnType<typeof vi.spyOn> {
    let warn: ReturnType<typeof vi.spyOn>;
    let error: ReturnType<typeof vi.spyOn>;
    beforeEach(() => {
        resetWarnings();
        warn = vi.spyOn(console, "warn").mockImplementation(() => {});
        error = vi.spyOn(console, "error");
    });
    afterEach(() => {
        expect(error).not.toHaveBeenCalled();
        warn.mockRestore();
        error.mockRestore();
    });
    return () => warn;
}
