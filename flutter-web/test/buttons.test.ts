import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LONG_PRESS_MS, parseUrl } from "../src/widgets/press";
import { tooltipPosition } from "../src/widgets/tooltip";
import { guardConsole } from "./support/console-guard";
import { byId, patch, startWith } from "./support/app";

const warnings = guardConsole();

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const event = (target: number, name: string, data: unknown = null) => ({ action: 3, body: { target, name, data } });
const pointer = (el: Element, type: string) =>
    el.dispatchEvent(
        new PointerEvent(type, { bubbles: type !== "pointerenter" && type !== "pointerleave", button: 0 }),
    );

// Flet icon codes (flet-protocol.md §2.7): Icons.ADD and Icons.FAVORITE.
const ADD = 65604;
const FAVORITE = 68258;

describe("button variants", () => {
    it("are named <button>s of their own type that send click", async () => {
        const variants = ["Button", "FilledButton", "FilledTonalButton", "OutlinedButton", "TextButton"];
        const icons = ["IconButton", "FilledIconButton", "FilledTonalIconButton", "OutlinedIconButton"];
        const { root, app } = await startWith([
            ...variants.map((type, i) => ({ _c: type, _i: 30 + i, content: type, on_click: true })),
            ...icons.map((type, i) => ({ _c: type, _i: 40 + i, icon: ADD, tooltip: type, on_click: true })),
            { _c: "FloatingActionButton", _i: 50, icon: ADD, tooltip: "Compose", on_click: true },
        ]);
        for (const [i, type] of variants.entries()) {
            const el = byId(root, 30 + i);
            expect([el.tagName, el.dataset.fletType, el.textContent]).toEqual(["BUTTON", type, type]);
            el.click();
        }
        for (const [i, type] of icons.entries()) {
            const el = byId(root, 40 + i);
            expect([el.tagName, el.getAttribute("aria-label")]).toEqual(["BUTTON", type]);
            el.click();
        }
        expect(byId(root, 50).getAttribute("aria-label")).toBe("Compose");
        byId(root, 50).click();
        expect(app.take()).toEqual([
            ...variants.map((_, i) => event(30 + i, "click")),
            ...icons.map((_, i) => event(40 + i, "click")),
            event(50, "click"),
        ]);
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("FloatingActionButton on the view sits over it, outside the padded body", async () => {
        const { root, app } = await startWith([]);
        app.onMessage(
            patch(1, [
                [0, { views: [1, new Map([[0, [2]]])] }],
                [
                    0,
                    2,
                    "floating_action_button",
                    { _c: "FloatingActionButton", _i: 60, icon: ADD, tooltip: "Compose", on_click: true },
                ],
            ]),
        );
        const fab = byId(root, 60);
        const view = root.querySelector<HTMLElement>(".flet-view")!;
        expect(fab.parentElement).toBe(view);
        expect(view.classList.contains("flet-has-fab")).toBe(true);
        expect(fab.getAttribute("aria-label")).toBe("Compose");
        fab.click();
        expect(app.take()).toEqual([event(60, "click")]);
    });

    it("floating_action_button_location places the FAB: start, center, docked; others warn", async () => {
        const { root, app } = await startWith([]);
        const view = root.querySelector<HTMLElement>(".flet-view")!;
        const place = (location: unknown) => {
            app.onMessage(
                patch(1, [
                    [0, { views: [1, new Map([[0, [2]]])] }],
                    [0, 2, "floating_action_button_location", location],
                ]),
            );
            return view.dataset.fab;
        };
        expect([place("centerDocked"), place("miniStartFloat"), place("endFloat"), place(null)]).toEqual([
            "centerdocked",
            "startfloat",
            undefined,
            undefined,
        ]);
        expect(warnings()).not.toHaveBeenCalled();
        expect(place("centerTop")).toBeUndefined();
        expect(warnings()).toHaveBeenCalledWith(expect.stringContaining("floating_action_button_location"));
    });

    it("send hover true and false only once the app subscribes", async () => {
        const { root, app } = await startWith([{ _c: "OutlinedButton", _i: 30, content: "Hover me" }]);
        const el = byId(root, 30);
        pointer(el, "pointerenter");
        expect(app.take()).toEqual([]);
        app.onMessage(patch(30, [[0], [0, 0, "on_hover", true]]));
        pointer(el, "pointerenter");
        pointer(el, "pointerleave");
        expect(app.take()).toEqual([event(30, "hover", true), event(30, "hover", false)]);
    });

    it("send long_press after the hold, and the click that ends it does not count", async () => {
        const { root, app } = await startWith([
            { _c: "FilledButton", _i: 30, content: "Hold", on_click: true, on_long_press: true },
        ]);
        const el = byId(root, 30);
        pointer(el, "pointerdown");
        vi.advanceTimersByTime(LONG_PRESS_MS);
        pointer(el, "pointerup");
        el.click();
        pointer(el, "pointerdown");
        vi.advanceTimersByTime(LONG_PRESS_MS - 100);
        pointer(el, "pointerup");
        el.click();
        vi.advanceTimersByTime(LONG_PRESS_MS);
        expect(app.take()).toEqual([event(30, "long_press"), event(30, "click")]);
    });

    it("open their url in a new tab when pressed", async () => {
        const open = vi.spyOn(window, "open").mockImplementation(() => null);
        const { root, app } = await startWith([
            { _c: "TextButton", _i: 30, content: "Docs", url: "https://flet.dev", on_click: true },
            { _c: "IconButton", _i: 31, icon: ADD, tooltip: "Home", url: { url: "/", target: "_self" } },
        ]);
        byId(root, 30).click();
        byId(root, 31).click();
        expect(open.mock.calls).toEqual([
            ["https://flet.dev", "_blank", "noopener"],
            ["/", "_self", "noopener"],
        ]);
        expect(app.take()).toEqual([event(30, "click")]);
        expect(parseUrl("")).toBeNull();
        open.mockRestore();
    });

    it("IconButton shows selected_icon in selected_icon_color while selected", async () => {
        const { root, app } = await startWith([
            {
                _c: "FilledTonalIconButton",
                _i: 30,
                icon: ADD,
                selected_icon: FAVORITE,
                icon_color: "red",
                selected_icon_color: "blue",
                selected: false,
                tooltip: "Pin",
            },
        ]);
        const el = byId(root, 30);
        const icon = el.querySelector<HTMLElement>(".flet-icon")!;
        expect([el.getAttribute("aria-pressed"), icon.style.color]).toEqual(["false", "var(--flet-c-red)"]);
        app.onMessage(patch(30, [[0], [0, 0, "selected", true]]));
        expect([el.getAttribute("aria-pressed"), icon.style.color]).toEqual(["true", "var(--flet-c-blue)"]);
    });
});

describe("dividers and tooltips", () => {
    it("Divider and VerticalDivider are separators that can carry a tooltip", async () => {
        const { root } = await startWith([
            { _c: "Divider", _i: 30, height: 24, thickness: 2, tooltip: "Section end" },
            { _c: "Row", _i: 31, controls: [{ _c: "VerticalDivider", _i: 32, width: 8 }] },
        ]);
        const divider = byId(root, 30);
        expect(divider.getAttribute("role")).toBe("separator");
        expect(divider.style.getPropertyValue("--flet-divider-space")).toBe("24px");
        expect(divider.style.getPropertyValue("--flet-divider-thickness")).toBe("2px");
        const tip = divider.querySelector("[role=tooltip]")!;
        expect(tip.textContent).toBe("Section end");
        expect(divider.getAttribute("aria-describedby")).toBe(tip.id);
        expect(byId(root, 32).getAttribute("aria-orientation")).toBe("vertical");
    });

    it("tooltipPosition sits below the control, flips above without room, and stays on screen", () => {
        const view = { width: 400, height: 300 };
        const size = { width: 100, height: 20 };
        const anchor = { left: 10, top: 100, width: 40, height: 30 };
        expect(tooltipPosition(anchor, size, view, false)).toEqual({ left: 4, top: 134 });
        expect(tooltipPosition({ ...anchor, top: 270 }, size, view, false)).toEqual({ left: 4, top: 246 });
        expect(tooltipPosition({ ...anchor, left: 200 }, size, view, true)).toEqual({ left: 170, top: 76 });
        expect(tooltipPosition({ ...anchor, left: 390 }, size, view, false).left).toBe(296);
        expect(tooltipPosition(anchor, size, view, false, 24)).toEqual({ left: 4, top: 139 });
    });

    it("Escape hides tooltips even while focus is outside the app", async () => {
        const { root } = await startWith([{ _c: "Text", _i: 30, value: "Hover", tooltip: "Tip" }]);
        (document.activeElement as HTMLElement | null)?.blur();
        document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
        expect(root.classList.contains("flet-tooltips-dismissed")).toBe(true);
        byId(root, 30).dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
        expect(root.classList.contains("flet-tooltips-dismissed")).toBe(false);
    });

    it("a tooltip's bubble is placed in viewport coordinates when the pointer arrives", async () => {
        const { root } = await startWith([
            { _c: "ListView", _i: 30, controls: [{ _c: "Text", _i: 31, value: "Hover", tooltip: "Inside a list" }] },
        ]);
        const text = byId(root, 31);
        const bubble = text.querySelector<HTMLElement>(".flet-tooltip")!;
        text.dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
        expect(bubble.style.position).toBe("fixed");
        expect(bubble.style.transform).toBe("none");
    });
});
