// The named colours' stylesheet loads on first use: the session holds the first message that names one until
// the sheet is in, so no element shows with an unset colour. Theme roles are in renderer.css and wait for nothing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { needsPalette } from "../src/values/palette";
import { byId, patch, startWith } from "./support/app";
import { guardConsole } from "./support/console-guard";
import { captureHead, restoreHead, settle, useSheets } from "./support/sheets";

const warnings = guardConsole();

afterEach(restoreHead);

const setProp = (id: number, prop: string, value: unknown) => patch(id, [[0], [0, 0, prop, value]]);
const controls = (list: unknown[]) =>
    patch(1, [
        [0, { views: [1, new Map([[0, [2]]])] }],
        [0, 2, "controls", list],
    ]);
const box = (id: number, bgcolor: string) => ({
    _c: "Container",
    _i: id,
    bgcolor,
    content: { _c: "Text", _i: id + 1, value: "A label with spaces" },
});

describe("the palette's stylesheet", () => {
    it("is not requested for theme roles, hex colours or labels: such messages apply at once", async () => {
        const { root, app, session } = await startWith([]);
        const { palette } = useSheets("palette");
        const links = captureHead();
        app.onMessage(controls([box(50, "primary"), box(52, "#ff0000"), box(54, "surfaceContainerHighest")]));
        expect(byId(root, 50).style.backgroundColor).toBe("var(--flet-primary)");
        expect(byId(root, 52).style.backgroundColor).toBe("#ff0000");
        await settle();
        expect(links).toHaveLength(0);
        expect(needsPalette(["red100"])).toBe(true);
        expect(palette).toMatch(/palette-0123abcd\.css$/);
        session.stop();
    });

    it("holds the first message naming a palette colour, and those after it, until the sheet is in", async () => {
        const { root, app, session } = await startWith([]);
        const { palette } = useSheets("palette");
        const links = captureHead();
        app.onMessage(controls([box(60, "red100")]));
        app.onMessage(patch(1, [[0], [0, 0, "title", "After the palette"]]));
        await settle();
        expect(byId(root, 60)).toBeNull();
        expect(document.title).not.toBe("After the palette");
        expect(links.map((l) => [l.rel, l.href])).toEqual([["stylesheet", palette]]);

        links[0].dispatchEvent(new Event("load"));
        await vi.waitFor(() => expect(document.title).toBe("After the palette"));
        expect(byId(root, 60).style.backgroundColor).toBe("var(--flet-c-red100)");

        // Once the sheet is in, palette colours apply at once and nothing is requested again.
        expect(needsPalette(["blue"])).toBe(false);
        app.onMessage(setProp(60, "bgcolor", "blueAccent200"));
        expect(byId(root, 60).style.backgroundColor).toBe("var(--flet-c-blueaccent200)");
        expect(links).toHaveLength(1);
        expect(warnings()).not.toHaveBeenCalled();
        session.stop();
    });
});
