// @vitest-environment node
// Which strings ask for the palette's stylesheet: exactly the names scripts/theme.mjs writes into it, as
// parseColor reads them, with the cheap rejects first so messages full of labels cost little.
import { afterEach, describe, expect, it, vi } from "vitest";
import { paletteCss } from "../scripts/theme.mjs";
import { parseColor } from "../src/values/colors";
import { isPaletteName, LONGEST_NAME, mentionsPalette, namesPaletteColor } from "../src/values/palette";

/** The names the palette's sheet defines (--flet-c-<name>). */
const NAMES = new Set([...paletteCss().matchAll(/--flet-c-([a-z0-9]+):/g)].map((m) => m[1]));

/** Every name the swatches, shades, accents and alphas could form, valid or not. */
function candidates(): string[] {
    const bases =
        "red pink purple deeppurple indigo blue lightblue cyan teal green lightgreen lime yellow amber orange deeporange brown grey bluegrey white black".split(
            " ",
        );
    const shades = ["", "10", "12", "24", "26", "30", "38", "45", "50", "54", "60", "70", "87", "100", "150"];
    shades.push("200", "300", "350", "400", "500", "600", "700", "800", "850", "900", "1000");
    return bases.flatMap((b) => shades.flatMap((s) => [b + s, `${b}accent${s}`]));
}

afterEach(() => vi.restoreAllMocks());

describe("palette names", () => {
    it("accepts exactly the names the palette's sheet defines, and parseColor refers to them", () => {
        expect(NAMES.size).toBeGreaterThan(250);
        for (const name of candidates()) expect([name, isPaletteName(name)]).toEqual([name, NAMES.has(name)]);
        for (const name of NAMES) {
            expect([name, namesPaletteColor(name)]).toEqual([name, true]);
            expect(parseColor(name)).toBe(`var(--flet-c-${name})`);
        }
        expect(Math.max(...[...NAMES].map((n) => n.length))).toBe(LONGEST_NAME);
    });

    it("reads names as parseColor does: any case, with an opacity", () => {
        for (const value of ["Red100", "RED", "redAccent200,0.5", "deepPurpleAccent700,0.25", "white54, 0.5"]) {
            expect([value, namesPaletteColor(value)]).toEqual([value, true]);
        }
    });

    it("does not count theme roles, hex values, Cupertino colours or transparent as palette colours", () => {
        for (const value of ["primary", "onSurface", "surfaceContainerHighest", "outline", "error", "transparent"]) {
            expect([value, namesPaletteColor(value)]).toEqual([value, false]);
            expect(parseColor(value)).not.toContain("--flet-c-");
        }
        for (const value of ["#ff0000", "0xff00ff00", "systemBlue", "red_100", "red1000", "brownaccent", ""]) {
            expect([value, namesPaletteColor(value)]).toEqual([value, false]);
        }
    });

    it("rejects labels with a space, long strings and ones not starting with a letter before any regex", () => {
        const exec = vi.spyOn(RegExp.prototype, "exec");
        const labels = ["Row 1 of 10000", "red 100", "x".repeat(5000), "deeppurpleaccent7000", "123", "_red", "#f00"];
        const results = labels.map(namesPaletteColor);
        const tested = exec.mock.calls.length;
        expect(results).toEqual(labels.map(() => false));
        expect(tested).toBe(0);
    });

    it("finds a palette colour anywhere in a message, and none in 10,000 rows of labels with one regex", () => {
        const rows = Array.from({ length: 10_000 }, (_, i) => ({
            _c: "DataRow",
            _i: 100 + i,
            cells: [{ _c: "DataCell", _i: 20_000 + i, content: { _c: "Text", _i: 40_000 + i, value: `Row ${i}` } }],
        }));
        const exec = vi.spyOn(RegExp.prototype, "exec");
        const found = mentionsPalette({ id: 1, patch: [[0], [0, 0, "rows", rows]] });
        const tested = exec.mock.calls.map((call) => call[0]);
        expect(found).toBe(false);
        // Only the property name gets as far as the regex; control types are skipped, labels rejected.
        expect(tested).toEqual(["rows"]);
        exec.mockRestore();

        expect(mentionsPalette([0, new Map([[1, { _c: "Container", bgcolor: "amber200" }]])])).toBe(true);
        expect(mentionsPalette({ _c: "Container", border: { top: { color: "Blue,0.4" } } })).toBe(true);
        expect(mentionsPalette({ _c: "Red", value: 100 })).toBe(false);
    });
});
