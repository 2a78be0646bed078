import { afterEach, describe, expect, it, vi } from "vitest";
import { pathData, pointsData, roundedRect } from "../src/widgets/canvas-geometry";
import { guardConsole } from "./support/console-guard";
import { byId, patch, startWith } from "./support/app";

const warnings = guardConsole();
afterEach(() => vi.useRealTimers());

/**
 * What the canvas draws, one line per SVG element in drawing order: the tag, its geometry and stroke attributes,
 * then its fill, stroke and blend mode (the SVG counterpart of a recorded 2D-context call log).
 */
function drawLog(canvas: HTMLElement): string[] {
    const g = canvas.querySelector("svg > g")!;
    return [...g.children].map((el) => {
        const attrs = [...el.attributes]
            .filter((a) => !a.name.startsWith("data-") && a.name !== "style")
            .map((a) => `${a.name}=${a.value}`);
        const s = (el as SVGElement).style;
        const paint = [`fill=${s.fill}`, `stroke=${s.stroke}`, s.mixBlendMode ? `blend=${s.mixBlendMode}` : ""];
        const text = el.textContent ? [`"${el.textContent}"`] : [];
        return [el.tagName.toLowerCase(), ...attrs, ...text, ...paint].filter(Boolean).join(" ");
    });
}

const canvas = (shapes: unknown[], props: Record<string, unknown> = {}) =>
    startWith([{ _c: "Canvas", _i: 30, width: 100, height: 80, shapes, ...props }]);

describe("canvas geometry", () => {
    it("turns Path elements into SVG path data", () => {
        expect(
            pathData([
                { _type: "MoveTo", x: 0, y: 0 },
                { _type: "LineTo", x: 10, y: 0 },
                { _type: "QuadraticTo", cp1x: 10, cp1y: 10, x: 0, y: 10, w: 1 },
                { _type: "CubicTo", cp1x: 1, cp1y: 2, cp2x: 3, cp2y: 4, x: 5, y: 6 },
                { _type: "ArcTo", x: 20, y: 20, radius: 5, rotation: 30, large_arc: true, clockwise: false },
                { _type: "ArcTo", x: 25, y: 20, radius: 0 },
                {
                    _type: "SubPath",
                    x: 100,
                    y: 50,
                    elements: [
                        { _type: "MoveTo", x: 1, y: 2 },
                        { _type: "LineTo", x: 3, y: 4 },
                    ],
                },
                { _type: "Close" },
            ]),
        ).toBe("M0 0L10 0Q10 10 0 10C1 2 3 4 5 6A5 5 30 1 0 20 20L25 20M101 52L103 54Z");
        expect(
            pathData([{ _type: "Arc", x: 0, y: 0, width: 20, height: 20, start_angle: 0, sweep_angle: Math.PI }]),
        ).toBe("M20 10A10 10 0 0 1 0 10.000000000000002");
        expect(pathData("nonsense")).toBe("");
    });

    it("draws rounded rectangles corner by corner, and points as dots, pairs or a polyline", () => {
        expect(roundedRect(0, 0, 10, 20, [0, 0, 0, 0])).toBe("M0 0H10V20H0V0Z");
        expect(roundedRect(0, 0, 10, 20, [2, 0, 3, 0])).toBe("M2 0H10V17A3 3 0 0 1 7 20H0V2A2 2 0 0 1 2 0Z");
        const pts = [{ x: 1, y: 2 }, [3, 4], { x: 5, y: 6 }];
        expect(pointsData(pts, "points")).toBe("M1 2h0M3 4h0M5 6h0");
        expect(pointsData(pts, "lines")).toBe("M1 2L3 4");
        expect(pointsData(pts, "polygon")).toBe("M1 2L3 4L5 6");
    });
});

describe("Canvas", () => {
    it("draws every shape kind with its paint", async () => {
        const { root } = await canvas([
            { _c: "Line", _i: 31, x1: 0, y1: 0, x2: 10, y2: 10, paint: { color: "red", stroke_width: 2 } },
            { _c: "Circle", _i: 32, x: 50, y: 40, radius: 10, paint: { style: "stroke", stroke_dash_pattern: [4, 2] } },
            {
                _c: "Rect",
                _i: 33,
                x: 0,
                y: 0,
                width: 20,
                height: 10,
                border_radius: { top_left: 2, top_right: 2, bottom_left: 2, bottom_right: 2 },
                paint: {},
            },
            {
                _c: "Oval",
                _i: 34,
                x: 0,
                y: 0,
                width: 20,
                height: 10,
                paint: { color: "#00ff00", blend_mode: "multiply" },
            },
            {
                _c: "Arc",
                _i: 35,
                x: 0,
                y: 0,
                width: 20,
                height: 20,
                start_angle: 0,
                sweep_angle: Math.PI / 2,
                use_center: true,
                paint: {},
            },
            {
                _c: "Points",
                _i: 36,
                points: [{ x: 1, y: 1 }],
                point_mode: "points",
                paint: { stroke_width: 4, stroke_cap: "round" },
            },
            {
                _c: "Path",
                _i: 37,
                elements: [
                    { _type: "MoveTo", x: 0, y: 0 },
                    { _type: "LineTo", x: 5, y: 5 },
                ],
                paint: { style: "stroke", stroke_join: "round", anti_alias: false },
            },
            { _c: "Text", _i: 38, x: 5, y: 6, value: "hi", alignment: { x: 0, y: 0 } },
            { _c: "Color", _i: 39, color: "blue", blend_mode: "screen" },
            { _c: "Fill", _i: 40, paint: { color: "white", style: "stroke" } },
        ]);
        expect(drawLog(byId(root, 30))).toEqual([
            "line x1=0 y1=0 x2=10 y2=10 stroke-width=2 stroke-linecap=butt stroke-linejoin=miter fill=none stroke=var(--flet-c-red)",
            "circle cx=50 cy=40 r=10 stroke-width=1 stroke-linecap=butt stroke-linejoin=miter stroke-dasharray=4 2 fill=none stroke=#000",
            "path d=M2 0H18A2 2 0 0 1 20 2V8A2 2 0 0 1 18 10H2A2 2 0 0 1 0 8V2A2 2 0 0 1 2 0Z fill=#000 stroke=none",
            "ellipse cx=10 cy=5 rx=10 ry=5 fill=#00ff00 stroke=none blend=multiply",
            "path d=M10 10L20 10A10 10 0 0 1 10 20Z fill=#000 stroke=none",
            "path d=M1 1h0 stroke-width=4 stroke-linecap=round stroke-linejoin=miter fill=none stroke=#000",
            "path d=M0 0L5 5 stroke-width=1 stroke-linecap=butt stroke-linejoin=round shape-rendering=crispEdges fill=none stroke=#000",
            'text x=5 y=6 text-anchor=middle dominant-baseline=central "hi" fill=currentColor stroke=',
            "rect x=0 y=0 width=100% height=100% fill=var(--flet-c-blue) stroke= blend=screen",
            "rect x=0 y=0 width=100% height=100% fill=var(--flet-c-white) stroke=none",
        ]);
    });

    it("draws a point as a square unless its cap is round, as Flutter does", async () => {
        const { root } = await canvas([{ _c: "Points", _i: 31, points: [[2, 3]], paint: {} }]);
        expect(byId(root, 31).getAttribute("stroke-linecap")).toBe("square");
    });

    it("redraws only the shape a patch changes", async () => {
        const { root, app } = await canvas([
            { _c: "Line", _i: 31, x1: 0, y1: 0, x2: 10, y2: 10, paint: { color: "red" } },
            { _c: "Circle", _i: 32, x: 5, y: 5, radius: 2, paint: {} },
        ]);
        const [line, circle] = [byId(root, 31), byId(root, 32)];
        const circleBefore = drawLog(byId(root, 30))[1];
        app.onMessage(patch(31, [[0], [0, 0, "paint", { color: "blue", stroke_width: 3 }]]));
        app.onMessage(patch(31, [[0], [0, 0, "x2", 50]]));
        expect(byId(root, 31)).toBe(line);
        expect([line.style.stroke, line.getAttribute("stroke-width"), line.getAttribute("x2")]).toEqual([
            "var(--flet-c-blue)",
            "3",
            "50",
        ]);
        expect(byId(root, 32)).toBe(circle);
        expect(drawLog(byId(root, 30))[1]).toBe(circleBefore);
    });

    it("puts gradients into the canvas's defs and removes them with their shape", async () => {
        const { root, app } = await canvas([
            {
                _c: "Rect",
                _i: 31,
                x: 0,
                y: 0,
                width: 100,
                height: 10,
                paint: {
                    gradient: {
                        _type: "linear",
                        begin: { x: 0, y: 0 },
                        end: { x: 100, y: 0 },
                        colors: ["red", "blue"],
                        color_stops: [0.2, 1],
                        tile_mode: "mirror",
                    },
                },
            },
        ]);
        const grad = byId(root, 30).querySelector("defs > linearGradient")!;
        expect([grad.getAttribute("x2"), grad.getAttribute("spreadMethod")]).toEqual(["100", "reflect"]);
        expect([...grad.children].map((s) => [s.getAttribute("offset"), (s as SVGElement).style.stopColor])).toEqual([
            ["0.2", "var(--flet-c-red)"],
            ["1", "var(--flet-c-blue)"],
        ]);
        expect(byId(root, 31).style.fill).toBe(`url(#${grad.id})`);
        app.onMessage(
            patch(30, [
                [0, { shapes: [1] }],
                [2, 1, 0],
            ]),
        );
        expect(byId(root, 30).querySelector("defs")!.children.length).toBe(0);
    });

    it("is an image for assistive technology, named by semantics_label or by its shapes and texts", async () => {
        const { root, app } = await canvas([
            { _c: "Circle", _i: 31, x: 1, y: 1, radius: 1, paint: {} },
            { _c: "Text", _i: 32, x: 0, y: 0, value: "Sales" },
        ]);
        const svg = byId(root, 30).querySelector("svg")!;
        expect([svg.getAttribute("role"), svg.getAttribute("aria-label")]).toEqual([
            "img",
            "Drawing of 2 shapes: “Sales”",
        ]);
        app.onMessage(patch(32, [[0], [0, 0, "value", "Costs"]]));
        expect(svg.getAttribute("aria-label")).toBe("Drawing of 2 shapes: “Costs”");
        app.onMessage(
            patch(30, [
                [0, { shapes: [1] }],
                [2, 1, 1],
            ]),
        );
        expect(svg.getAttribute("aria-label")).toBe("Drawing of 1 shape");
        app.onMessage(patch(30, [[0], [0, 0, "semantics_label", "A red dot"]]));
        expect(svg.getAttribute("aria-label")).toBe("A red dot");
    });

    it("reports resize as {w, h}, at most every resize_interval ms and always the last size", async () => {
        vi.useFakeTimers();
        let observed: () => void = () => {};
        class FakeObserver {
            constructor(cb: () => void) {
                observed = cb;
            }
            observe() {}
            disconnect() {}
        }
        vi.stubGlobal("ResizeObserver", FakeObserver);
        const { root, app } = await canvas([], { on_resize: true, resize_interval: 100 });
        const el = byId(root, 30);
        let size = { width: 100, height: 80 };
        el.getBoundingClientRect = () => ({ ...size }) as DOMRect;
        observed();
        size = { width: 200, height: 80 };
        observed();
        size = { width: 300, height: 90 };
        observed();
        expect(app.take().map((m) => [m.body.name, m.body.data])).toEqual([["resize", { w: 100, h: 80 }]]);
        vi.advanceTimersByTime(100);
        expect(app.take().map((m) => m.body.data)).toEqual([{ w: 300, h: 90 }]);
        vi.unstubAllGlobals();
    });

    it("warns about a paint it cannot read and draws with the default", async () => {
        const { root } = await canvas([{ _c: "Circle", _i: 31, x: 1, y: 1, radius: 1, paint: { color: "nocolor" } }]);
        expect(byId(root, 31).style.fill).toBe("#000");
        expect(warnings()).toHaveBeenCalledWith(
            expect.stringContaining('Circle(31): paint.color = "nocolor" is not a color'),
        );
    });
});
