import { afterEach, describe, expect, it, vi } from "vitest";
import { addClass, getData, hasClass, removeClass, setData, toggleClass } from "../src/render/classes";
import { byId, patch, startWith } from "./support/app";

// Flet icon code of Icons.ADD (flet-protocol.md §2.7).
const ADD = 65604;

describe("class and data attributes", () => {
    it("finds a class only as a whole name", () => {
        const el = document.createElement("div");
        el.setAttribute("class", "flet-row-x  flet-col\tflet-row");
        expect([hasClass(el, "flet-row"), hasClass(el, "flet-col"), hasClass(el, "flet"), hasClass(el, "row")]).toEqual(
            [true, true, false, false],
        );
        expect(hasClass(document.createElement("div"), "flet-row")).toBe(false);
    });

    it("adds a class once, and takes out only the name asked for", () => {
        const el = document.createElement("div");
        addClass(el, "a");
        addClass(el, "b-a");
        addClass(el, "a");
        expect(el.getAttribute("class")).toBe("a b-a");
        removeClass(el, "a");
        expect(el.getAttribute("class")).toBe("b-a");
        toggleClass(el, "c", true);
        toggleClass(el, "b-a", false);
        expect(el.getAttribute("class")).toBe("c");
        removeClass(el, "missing");
        expect(el.getAttribute("class")).toBe("c");
    });

    it("sets, reads and removes data attributes", () => {
        const el = document.createElement("div");
        setData(el, "offset", "8");
        expect([getData(el, "offset"), el.getAttribute("data-offset")]).toEqual(["8", "8"]);
        setData(el, "offset", undefined);
        expect([getData(el, "offset"), el.hasAttribute("data-offset")]).toEqual([undefined, false]);
    });
});

describe("elements of a list of rows", () => {
    afterEach(() => vi.restoreAllMocks());

    // An element's classList, dataset or style object lives as long as the element and keeps its JS wrapper:
    // mounting rows must make none of them.
    it("are made and filled without classList, dataset or style objects", async () => {
        const { root, app } = await startWith([{ _c: "Column", _i: 10, controls: [] }]);
        const classList = vi.spyOn(Element.prototype, "classList", "get");
        const dataset = vi.spyOn(HTMLElement.prototype, "dataset", "get");
        const style = vi.spyOn(HTMLElement.prototype, "style", "get");
        const row = (n: number) => ({
            _c: "Container",
            _i: 100 + n * 10,
            content: {
                _c: "Row",
                _i: 101 + n * 10,
                controls: [
                    { _c: "Text", _i: 102 + n * 10, value: String(n) },
                    { _c: "Text", _i: 103 + n * 10, value: `label ${n}`, on_tap: true },
                    { _c: "IconButton", _i: 104 + n * 10, icon: ADD, tooltip: "Remove", on_click: true },
                ],
            },
        });
        app.onMessage(patch(10, [[0], [0, 0, "controls", [row(1), row(2), row(3)]]]));
        // The icon table arrives later: painting the glyph then must not make a style object either.
        await vi.waitFor(() => expect(byId(root, 124).firstElementChild!.textContent).not.toBe(""));
        expect(byId(root, 123).getAttribute("class")).toContain("flet-clickable");
        expect(byId(root, 124).getAttribute("class")).toContain("flet-has-tooltip");
        expect(byId(root, 124).lastElementChild!.textContent).toBe("Remove");
        expect([classList.mock.calls.length, dataset.mock.calls.length, style.mock.calls.length]).toEqual([0, 0, 0]);
    });

    it("show a tooltip made from markup as the text it was given", async () => {
        const { root } = await startWith([
            { _c: "IconButton", _i: 20, icon: ADD, tooltip: "<b>Save</b> & close", on_click: true },
        ]);
        const bubble = byId(root, 20).lastElementChild!;
        expect([bubble.getAttribute("role"), bubble.textContent, bubble.children.length]).toEqual([
            "tooltip",
            "<b>Save</b> & close",
            0,
        ]);
        expect(byId(root, 20).getAttribute("aria-label")).toBe("<b>Save</b> & close");
    });
});
