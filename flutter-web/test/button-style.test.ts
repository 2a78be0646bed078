import { describe, expect, it } from "vitest";
import { guardConsole } from "./support/console-guard";
import { byId, patch, startWith } from "./support/app";
import { parseConstraints } from "../src/values/shape";

const warnings = guardConsole();

const vars = (el: HTMLElement, ...names: string[]) => names.map((n) => el.style.getPropertyValue(n));

describe("ButtonStyle", () => {
    it("turns per-state values into a custom property and a class per state", async () => {
        const style = { bgcolor: { hovered: "#ff0000", pressed: "#00ff00", default: "#0000ff" }, elevation: 1 };
        const { root } = await startWith([{ _c: "Button", _i: 30, content: "Go", _internals: { style } }]);
        const el = byId(root, 30);
        expect(vars(el, "--s-bg", "--s-bg-hovered", "--s-bg-pressed", "--s-bg-focused")).toEqual([
            "#0000ff",
            "#ff0000",
            "#00ff00",
            "",
        ]);
        expect([...el.classList].filter((c) => c.startsWith("flet-s-"))).toEqual([
            "flet-s-bg-hovered",
            "flet-s-bg-pressed",
            "flet-s-bg",
            "flet-s-shadow",
        ]);
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("follows _internals patches: a changed style entry, then an emptied _internals", async () => {
        const { root, app } = await startWith([
            { _c: "Button", _i: 30, content: "Go", _internals: { style: { bgcolor: { hovered: "#ff0000" } } } },
        ]);
        const el = byId(root, 30);
        app.onMessage(
            patch(30, [
                [0, { _internals: [1] }],
                [0, 1, "style", { color: { focused: "#00ff00" } }],
            ]),
        );
        expect(vars(el, "--s-bg-hovered", "--s-fg-focused")).toEqual(["", "#00ff00"]);
        expect(el.classList.contains("flet-s-bg-hovered")).toBe(false);
        expect(el.classList.contains("flet-s-fg-focused")).toBe(true);

        app.onMessage(patch(30, [[0], [0, 0, "_internals", {}]]));
        expect(vars(el, "--s-fg-focused")).toEqual([""]);
        expect([...el.classList].some((c) => c.startsWith("flet-s-"))).toBe(false);
    });

    it("reads the style property of TextButton and IconButton, with shapes, outlines and cursors", async () => {
        const rounded = (radius: number, side?: unknown) => ({ radius, side, _type: "roundedRectangle" });
        const { root } = await startWith([
            {
                _c: "TextButton",
                _i: 30,
                content: "Skip",
                style: {
                    shape: { default: rounded(4, { width: 2, color: "#ff0000" }), hovered: { _type: "stadium" } },
                    padding: { pressed: { left: 30, right: 30 } },
                    mouse_cursor: "forbidden",
                    alignment: { x: -1, y: 0 },
                    animation_duration: { milliseconds: 300 },
                    text_style: { default: { size: 20 }, hovered: { size: 24 } },
                },
            },
            { _c: "IconButton", _i: 31, icon: 65604, tooltip: "Add", style: { icon_color: { selected: "#00ff00" } } },
        ]);
        const text = byId(root, 30);
        expect(vars(text, "--s-radius", "--s-radius-hovered", "--s-border", "--s-padding-pressed")).toEqual([
            "4px",
            "9999px",
            "2px solid #ff0000",
            "0px 30px 0px 30px",
        ]);
        expect(vars(text, "--s-cursor", "--s-anim", "justify-content", "font-size")).toEqual([
            "not-allowed",
            "300ms",
            "flex-start",
            "20px",
        ]);
        expect(vars(byId(root, 31), "--s-icon-selected")).toEqual(["#00ff00"]);
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("draws shadow_color, visual_density and corner kinds; text_style follows the hovered state", async () => {
        const { root } = await startWith([
            {
                _c: "Button",
                _i: 30,
                content: "Go",
                style: {
                    shadow_color: { default: "#ff0000", hovered: "#0000ff" },
                    visual_density: "compact",
                    shape: { default: { _type: "beveledRectangle", radius: 8 }, hovered: { _type: "stadium" } },
                    text_style: { default: { size: 14 }, hovered: { size: 20, weight: "bold" } },
                    enable_feedback: false,
                },
            },
            { _c: "IconButton", _i: 31, icon: 65604, style: { visual_density: "comfortable" } },
            { _c: "Card", _i: 32, shape: { _type: "continuousRectangle", radius: 12 } },
        ]);
        const el = byId(root, 30);
        expect(vars(el, "--s-shadow-color", "--s-shadow-color-hovered", "--s-density")).toEqual([
            "#ff0000",
            "#0000ff",
            "-8px",
        ]);
        expect(vars(el, "--s-corner", "--s-corner-hovered", "--s-radius")).toEqual(["bevel", "round", "8px"]);
        expect(vars(byId(root, 31), "--s-density")).toEqual(["-4px"]);
        expect(vars(byId(root, 32), "corner-shape", "border-radius")).toEqual(["superellipse(2.4)", "12px"]);
        expect(vars(el, "font-size", "font-weight")).toEqual(["14px", ""]);
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("warns about a visual_density it does not know", async () => {
        const { root } = await startWith([{ _c: "Button", _i: 30, content: "x", style: { visual_density: "dense" } }]);
        expect(vars(byId(root, 30), "--s-density")).toEqual([""]);
        expect(warnings()).toHaveBeenCalledWith(expect.stringContaining("style.visual_density"));
    });

    it("warns about a field it cannot read and applies the others", async () => {
        const { root } = await startWith([
            {
                _c: "OutlinedButton",
                _i: 30,
                content: "x",
                style: { bgcolor: { hovered: "nocolor" }, color: "#ff0000" },
            },
        ]);
        expect(vars(byId(root, 30), "--s-bg-hovered", "--s-fg")).toEqual(["", "#ff0000"]);
        expect(warnings()).toHaveBeenCalledWith(expect.stringContaining("OutlinedButton(30): style.bgcolor ="));
    });
});

describe("OutlinedBorder and BoxConstraints", () => {
    it("shape Card and FloatingActionButton with radius and outline, and the navigation indicator", async () => {
        const { root } = await startWith([
            {
                _c: "Card",
                _i: 30,
                shape: { side: { width: 3, color: "#ff0000" }, radius: 12, _type: "continuousRectangle" },
            },
            { _c: "FloatingActionButton", _i: 31, icon: 65604, tooltip: "Add", shape: { _type: "circle" } },
            {
                _c: "NavigationBar",
                _i: 32,
                indicator_shape: { radius: 4, _type: "roundedRectangle" },
                destinations: [{ _c: "NavigationBarDestination", _i: 33, icon: 65604, label: "A" }],
            },
        ]);
        const card = byId(root, 30);
        expect([card.style.borderRadius, card.style.border]).toEqual(["12px", "3px solid #ff0000"]);
        expect(byId(root, 31).style.borderRadius).toBe("50%");
        expect(byId(root, 32).style.getPropertyValue("--flet-nav-indicator-radius")).toBe("4px");
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("warn about a shape they cannot read and keep the stylesheet's", async () => {
        const { root } = await startWith([{ _c: "Card", _i: 30, shape: { _type: "triangle" } }]);
        expect(byId(root, 30).style.borderRadius).toBe("");
        expect(warnings()).toHaveBeenCalledWith(expect.stringContaining("Card(30): shape ="));
    });

    it("BoxConstraints become min and max sizes, an infinite maximum none", () => {
        expect(parseConstraints({ min_width: 0, min_height: 100, max_width: 640, max_height: Infinity })).toEqual({
            "min-width": "0px",
            "min-height": "100px",
            "max-width": "640px",
            "max-height": "none",
        });
        expect(parseConstraints({ min_width: -1 })).toBeNull();
        expect(parseConstraints("wide")).toBeNull();
    });
});
