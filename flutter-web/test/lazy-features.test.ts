// BottomSheet dragging and per-state button text styles load as chunks on first use: the mocks below only
// record when a module is first imported, then hand out the real one.
import { describe, expect, it, vi } from "vitest";
import { guardConsole } from "./support/console-guard";
import { byId, patch, startWith } from "./support/app";

const imported = vi.hoisted(() => new Set<string>());
vi.mock("../src/widgets/sheet-drag", async (original) => {
    imported.add("sheet-drag");
    return original();
});
vi.mock("../src/widgets/text-state", async (original) => {
    imported.add("text-state");
    return original();
});

const warnings = guardConsole();

const DIALOGS_ID = 5;
const setProp = (id: number, prop: string, value: unknown) => patch(id, [[0], [0, 0, prop, value]]);
const pointer = (type: string, clientY: number) =>
    new PointerEvent(type, { pointerId: 1, button: 0, clientY, bubbles: true });

describe("features loaded on first use", () => {
    it("loads sheet dragging with the first draggable BottomSheet, whose surface then follows the pointer", async () => {
        const { root, app } = await startWith([]);
        const sheet = { _c: "BottomSheet", _i: 70, open: true, content: { _c: "Text", _i: 71, value: "Sheet" } };
        app.onMessage(patch(DIALOGS_ID, [[0], [0, 0, "controls", [sheet]]]));
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(imported.has("sheet-drag")).toBe(false);

        app.onMessage(setProp(70, "draggable", true));
        const surface = byId(root, 70).querySelector<HTMLElement>(".flet-sheet-surface")!;
        expect(surface.classList.contains("flet-sheet-draggable")).toBe(true);
        await vi.waitFor(() => expect(imported.has("sheet-drag")).toBe(true));
        await new Promise((resolve) => setTimeout(resolve));

        surface.dispatchEvent(pointer("pointerdown", 100));
        surface.dispatchEvent(pointer("pointermove", 140));
        expect(surface.style.transform).toBe("translateY(40px)");
        expect(surface.classList.contains("flet-sheet-dragging")).toBe(true);
        surface.dispatchEvent(pointer("pointercancel", 140));
        expect([surface.style.transform, surface.classList.contains("flet-sheet-dragging")]).toEqual(["", false]);
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("loads per-state text styles only for a button whose text_style has states, which then follows them", async () => {
        const { root, app } = await startWith([
            { _c: "Button", _i: 30, content: "Plain" },
            { _c: "Button", _i: 31, content: "Styled", style: { text_style: { size: 18 } } },
            { _c: "Button", _i: 32, content: "Default only", style: { text_style: { default: { size: 16 } } } },
        ]);
        app.onMessage(setProp(30, "disabled", true));
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(imported.has("text-state")).toBe(false);
        expect([byId(root, 31).style.fontSize, byId(root, 32).style.fontSize]).toEqual(["18px", "16px"]);

        const style = { text_style: { default: { size: 14 }, disabled: { size: 10 } } };
        app.onMessage(patch(30, [[0], [0, 0, "style", style]]));
        expect(byId(root, 30).style.fontSize).toBe("14px");
        await vi.waitFor(() => expect(byId(root, 30).style.fontSize).toBe("10px"));
        expect(imported.has("text-state")).toBe(true);

        app.onMessage(setProp(30, "disabled", false));
        await vi.waitFor(() => expect(byId(root, 30).style.fontSize).toBe("14px"));
        expect(warnings()).not.toHaveBeenCalled();
    });
});
