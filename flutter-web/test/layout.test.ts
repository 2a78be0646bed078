import { describe, expect, it } from "vitest";
import { guardConsole } from "./support/console-guard";
import { byId, patch, startWith } from "./support/app";

const warnings = guardConsole();
const LIST = [0, { controls: [1] }];
const fills = (el: HTMLElement) => el.classList.contains("flet-fills-w");
const row = (id: number, extra: Record<string, unknown> = {}) => ({
    _c: "Row",
    _i: id,
    controls: [{ _c: "Text", _i: id + 1, value: "r" }],
    ...extra,
});

describe("controls that fill the width (Flutter's loose constraints)", () => {
    it("widens every Column and Container around a Row that is not tight", async () => {
        const { root } = await startWith([
            { _c: "Column", _i: 30, controls: [{ _c: "Container", _i: 31, content: row(32) }] },
            { _c: "Column", _i: 40, controls: [row(41, { tight: true })] },
            { _c: "Column", _i: 50, width: 200, controls: [row(51)] },
        ]);
        expect([30, 31, 32].map((id) => fills(byId(root, id)))).toEqual([true, true, true]);
        expect([40, 41].map((id) => fills(byId(root, id)))).toEqual([false, false]);
        expect([50, 51].map((id) => fills(byId(root, id)))).toEqual([false, true]);
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("counts aligned and childless Containers, not a Row's children or a Stack's positioned ones", async () => {
        const { root } = await startWith([
            {
                _c: "Column",
                _i: 30,
                controls: [{ _c: "Container", _i: 31, alignment: { x: 0, y: 0 }, content: row(32, { tight: true }) }],
            },
            { _c: "Row", _i: 40, tight: true, controls: [{ _c: "Container", _i: 41, height: 4 }] },
            {
                _c: "Stack",
                _i: 50,
                _internals: { host_positioned: true },
                controls: [{ _c: "Container", _i: 51, left: 0, right: 0, height: 4 }],
            },
        ]);
        expect(fills(byId(root, 30))).toBe(true);
        expect(fills(byId(root, 40))).toBe(false);
        expect(fills(byId(root, 41))).toBe(true);
        expect(fills(byId(root, 50))).toBe(false);
    });

    it("follows changes: tight, removal and visibility flip the ancestors back", async () => {
        const { root, app } = await startWith([
            { _c: "Column", _i: 30, controls: [{ _c: "Column", _i: 31, controls: [row(32), row(34)] }] },
        ]);
        app.onMessage(patch(32, [[0], [0, 0, "tight", true]]));
        expect(fills(byId(root, 30))).toBe(true);
        app.onMessage(patch(31, [LIST, [2, 1, 1]]));
        expect([30, 31].map((id) => fills(byId(root, id)))).toEqual([false, false]);
        app.onMessage(patch(32, [[0], [0, 0, "tight", false]]));
        expect(fills(byId(root, 30))).toBe(true);
        app.onMessage(patch(32, [[0], [0, 0, "visible", false]]));
        expect(fills(byId(root, 30))).toBe(false);
    });
});

describe("sizes Flutter forces on children", () => {
    it("makes a sized Container without alignment force its child's size, and a stretching Column its width", async () => {
        const { root, app } = await startWith([
            { _c: "Container", _i: 30, width: 100, height: 50, content: { _c: "Text", _i: 31, value: "x" } },
            { _c: "Column", _i: 40, horizontal_alignment: "stretch", controls: [] },
        ]);
        const box = byId(root, 30);
        expect([box.classList.contains("flet-forces-w"), box.classList.contains("flet-forces-h")]).toEqual([
            true,
            true,
        ]);
        app.onMessage(patch(30, [[0], [0, 0, "alignment", { x: 1, y: 1 }]]));
        expect(box.classList.contains("flet-forces-w")).toBe(false);
        expect(byId(root, 40).classList.contains("flet-forces-w")).toBe(true);
    });

    it("lets an expand_loose child keep its content size along its parent's main axis", async () => {
        const { root } = await startWith([
            {
                _c: "Row",
                _i: 30,
                _internals: { host_expanded: true },
                controls: [{ _c: "Text", _i: 31, value: "x", expand: 2, expand_loose: true }],
            },
            {
                _c: "Column",
                _i: 40,
                _internals: { host_expanded: true },
                controls: [{ _c: "Text", _i: 41, value: "y", expand: true, expand_loose: true }],
            },
        ]);
        const loose = byId(root, 31);
        expect([loose.style.flex, loose.style.maxWidth, loose.style.maxHeight]).toEqual(["2 1 0%", "max-content", ""]);
        expect(byId(root, 41).style.maxHeight).toBe("max-content");
    });
});
