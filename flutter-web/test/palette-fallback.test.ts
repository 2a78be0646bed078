// A palette colour that reaches parseColor without passing the session's check (one the renderer computes)
// still requests the palette's stylesheet; a sheet that fails is reported once and not waited for again.
import { afterEach, describe, expect, it } from "vitest";
import { parseColor } from "../src/values/colors";
import { needsPalette } from "../src/values/palette";
import { guardConsole } from "./support/console-guard";
import { captureHead, restoreHead, settle, useSheets } from "./support/sheets";

const warnings = guardConsole();
const { palette } = useSheets("palette");

afterEach(restoreHead);

describe("the palette's stylesheet outside messages", () => {
    it("is requested once by parseColor; after a failure it warns once and nothing waits for it", async () => {
        const links = captureHead();
        expect(parseColor("primary")).toBe("var(--flet-primary)");
        expect(links).toHaveLength(0);

        expect(parseColor("Blue")).toBe("var(--flet-c-blue)");
        expect(parseColor("red100,0.5")).toBe("color-mix(in srgb,var(--flet-c-red100) 50%,transparent)");
        expect(links.map((l) => l.href)).toEqual([palette]);
        // While it loads, a message naming a palette colour waits for it.
        expect(needsPalette({ bgcolor: "red100" })).toBe(true);

        links[0].dispatchEvent(new Event("error"));
        await settle();
        expect(needsPalette({ bgcolor: "red100" })).toBe(false);
        parseColor("green");
        expect(links).toHaveLength(1);
        expect(warnings()).toHaveBeenCalledTimes(1);
        expect(String(warnings().mock.calls[0][0])).toContain(`a stylesheet could not be loaded (${palette})`);
    });
});
