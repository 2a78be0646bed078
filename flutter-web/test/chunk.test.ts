import { describe, expect, it, vi } from "vitest";
import { chunkLoader } from "../src/chunk";
import { guardConsole } from "./support/console-guard";

const warnings = guardConsole();

describe("chunkLoader", () => {
    it("imports once and hands out the same promise after that", async () => {
        const load = vi.fn(async () => ({ value: 1 }));
        const chunk = chunkLoader(load, "the x chunk", "x does not work");
        expect(load).not.toHaveBeenCalled();
        const first = chunk();
        expect(chunk()).toBe(first);
        expect((await first).value).toBe(1);
        expect(load).toHaveBeenCalledTimes(1);
    });

    it("warns once when the load fails, rejects, and tries again on the next call", async () => {
        const load = vi
            .fn<() => Promise<{ value: number }>>()
            .mockRejectedValueOnce(new Error("offline"))
            .mockResolvedValueOnce({ value: 2 });
        const chunk = chunkLoader(load, "the x chunk", "x does not work");
        await expect(chunk()).rejects.toThrow("offline");
        expect(warnings()).toHaveBeenCalledWith(
            "[jflet] the x chunk could not be loaded (Error: offline); x does not work",
        );
        expect((await chunk()).value).toBe(2);
        expect(load).toHaveBeenCalledTimes(2);
    });
});
