import { describe, expect, it } from "vitest";
import { parseAnimation, parseCurve, parseDuration } from "../src/values/animation";
import { parseColor } from "../src/values/colors";
import {
    elevationShadow,
    parseBorder,
    parseBorderSide,
    parseBoxShadow,
    parseGradient,
    parseShapeRadius,
} from "../src/values/decoration";
import { parseCrossAxis, parseMainAxis } from "../src/values/geometry";
import { parseStateValues } from "../src/values/state";
import { parseFontWeight, parseTextStyle } from "../src/values/text-style";
import { alignmentPosition, parseOffset, parseRotate, parseScale, parseTranslate } from "../src/values/transform";

describe("colours beyond Material", () => {
    it("reads Cupertino colours after the Material names", () => {
        expect(parseColor("systemBlue")).toBe("#007aff");
        expect(parseColor("systemGrey2")).toBe("#aeaeb2");
        expect(parseColor("systemBlue,0.5")).toBe("color-mix(in srgb,#007aff 50%,transparent)");
        expect(parseColor("white")).toBe("var(--flet-c-white)");
    });

    it("never takes inherited object keys for names", () => {
        for (const bad of ["constructor", "toString", "__proto__", "hasOwnProperty"])
            expect(parseColor(bad)).toBeNull();
        expect(parseMainAxis("constructor")).toBeNull();
        expect(parseCrossAxis("toString")).toBeNull();
        expect(parseFontWeight("constructor")).toBeNull();
        expect(parseCurve("constructor")).toBeNull();
    });
});

describe("FontWeight and TextStyle", () => {
    it("reads normal, bold and w100..w900", () => {
        expect(parseFontWeight("normal")).toBe("400");
        expect(parseFontWeight("bold")).toBe("700");
        expect(parseFontWeight("w600")).toBe("600");
        expect(parseFontWeight("W_300")).toBe("300");
        expect(parseFontWeight("w950")).toBeNull();
        expect(parseFontWeight(700)).toBeNull();
    });

    it("turns the transcript's TextStyle into CSS", () => {
        expect(
            parseTextStyle({ size: 18, weight: "w600", italic: true, color: "green700", letter_spacing: 1.5 }),
        ).toEqual({
            "font-size": "18px",
            "font-weight": "600",
            "font-style": "italic",
            color: "var(--flet-c-green700)",
            "letter-spacing": "1.5px",
        });
    });

    it("reads decorations as Flet's flag ints or names, and height as a line-height factor", () => {
        expect(parseTextStyle({ decoration: 5, decoration_style: "wavy", height: 1.4 })).toEqual({
            "text-decoration-line": "underline line-through",
            "text-decoration-style": "wavy",
            "line-height": "1.4",
        });
        expect(parseTextStyle({ decoration: "lineThrough" })).toEqual({ "text-decoration-line": "line-through" });
        expect(parseTextStyle({ shadow: { blur_radius: 0, offset: { x: 1, y: 2 }, color: "red" } })).toEqual({
            "text-shadow": "1px 2px 0px var(--flet-c-red)",
        });
    });

    it("skips bad fields, naming them, and rejects non-maps", () => {
        const bad: string[] = [];
        expect(parseTextStyle({ size: "big", weight: "bold", color: "nocolor", decoration: 9 }, bad)).toEqual({
            "font-weight": "700",
        });
        expect(bad).toEqual(["size", "color", "decoration"]);
        expect(parseTextStyle("bold")).toBeNull();
    });
});

describe("borders, gradients, shadows, shapes", () => {
    it("reads BorderSide with Flet's omitted defaults", () => {
        expect(parseBorderSide({ color: "blue" })).toBe("1px solid var(--flet-c-blue)");
        expect(parseBorderSide({})).toBe("1px solid #000");
        expect(parseBorderSide({ width: 0.0, style: "none" })).toBe("none");
        expect(parseBorderSide({ width: -1 })).toBeNull();
        expect(parseBorderSide({ color: "nocolor" })).toBeNull();
        expect(parseBorderSide({ style: "dotted" })).toBeNull();
    });

    it("reads Border per side", () => {
        expect(parseBorder({ top: { width: 3, color: "red" }, bottom: { color: "#00ff00" } })).toEqual({
            "border-top": "3px solid var(--flet-c-red)",
            "border-bottom": "1px solid #00ff00",
        });
        expect(parseBorder({ top: "red" })).toBeNull();
    });

    it("reads linear, radial and sweep gradients", () => {
        expect(
            parseGradient({
                colors: ["pink", "purple"],
                _type: "linear",
                begin: { x: -1, y: -1 },
                end: { x: 1, y: 1 },
            }),
        ).toBe("linear-gradient(135deg,var(--flet-c-pink),var(--flet-c-purple))");
        expect(parseGradient({ _type: "linear", colors: ["red", "blue"], stops: [0.2, 0.8] })).toBe(
            "linear-gradient(90deg,var(--flet-c-red) 20%,var(--flet-c-blue) 80%)",
        );
        expect(parseGradient({ _type: "radial", colors: ["red", "blue"] })).toBe(
            "radial-gradient(circle closest-side at 50% 50%,var(--flet-c-red),var(--flet-c-blue))",
        );
        expect(parseGradient({ _type: "sweep", colors: ["red", "blue"], stops: [0, 1] })).toBe(
            "conic-gradient(from 90deg at 50% 50%,var(--flet-c-red) 0deg,var(--flet-c-blue) 360deg)",
        );
        expect(parseGradient({ _type: "linear", colors: ["red"] })).toBeNull();
        expect(parseGradient({ _type: "diagonal", colors: ["red", "blue"] })).toBeNull();
        expect(parseGradient({ _type: "linear", colors: ["red", "blue"], stops: [0] })).toBeNull();
    });

    it("reads BoxShadow, one or a list, with Flutter's blur sigma", () => {
        expect(parseBoxShadow({ spread_radius: 1, blur_radius: 6, color: "black26", offset: { x: 2, y: 3 } })).toBe(
            "2px 3px 7.93px 1px var(--flet-c-black26)",
        );
        expect(parseBoxShadow([{ color: "red" }, { offset: [1, 1], blur_style: "inner" }])).toBe(
            "0px 0px 0px 0px var(--flet-c-red),inset 1px 1px 0px 0px #000",
        );
        expect(parseBoxShadow({ blur_radius: "x" })).toBeNull();
        expect(elevationShadow(0)).toBe("none");
    });

    it("reads OutlinedBorder shapes as radii", () => {
        expect(parseShapeRadius({ _type: "roundedRectangle", radius: 10 })).toBe("10px");
        expect(parseShapeRadius({ _type: "stadium" })).toBe("9999px");
        expect(parseShapeRadius({ _type: "circle" })).toBe("50%");
        expect(parseShapeRadius({ _type: "star" })).toBeNull();
    });
});

describe("durations and animations", () => {
    it("reads Duration maps and int milliseconds", () => {
        expect(parseDuration({ seconds: 1 })).toBe(1000);
        expect(parseDuration({ minutes: 1, milliseconds: 500 })).toBe(60500);
        expect(parseDuration(250)).toBe(250);
        expect(parseDuration({ weeks: 1 })).toBeNull();
        expect(parseDuration(-5)).toBeNull();
        expect(parseDuration("1s")).toBeNull();
    });

    it("reads animations as int, bool or {duration, curve}", () => {
        expect(parseAnimation(250)).toEqual({ ms: 250, easing: "linear" });
        expect(parseAnimation(true)).toEqual({ ms: 1000, easing: "linear" });
        expect(parseAnimation(false)).toBeUndefined();
        expect(parseAnimation({ curve: "easeOut", duration: { milliseconds: 300 } })).toEqual({
            ms: 300,
            easing: "cubic-bezier(0,0,.58,1)",
        });
        expect(parseAnimation({ curve: "wobbly" })).toBeNull();
        expect(parseAnimation("fast")).toBeNull();
    });

    it("maps Flutter curves to CSS easings, sampling bounce and elastic ones", () => {
        expect(parseCurve("fastOutSlowIn")).toBe("cubic-bezier(.4,0,.2,1)");
        expect(parseCurve("EASE_IN_OUT")).toBe("cubic-bezier(.42,0,.58,1)");
        const bounce = parseCurve("bounceOut")!;
        expect(bounce.startsWith("linear(0,")).toBe(true);
        expect(bounce.endsWith(",1)")).toBe(true);
    });
});

describe("per-state values and transforms", () => {
    it("reads plain values as default and state maps per state", () => {
        expect(parseStateValues("red", parseColor)).toEqual({ default: "var(--flet-c-red)" });
        expect(parseStateValues({ hovered: "red", "": "blue" }, parseColor)).toEqual({
            hovered: "var(--flet-c-red)",
            default: "var(--flet-c-blue)",
        });
        expect(parseStateValues({ hovered: "nocolor" }, parseColor)).toBeNull();
        // A map whose keys are not states is one value (a BorderSide, for instance).
        expect(parseStateValues({ width: 2 }, (v) => (typeof v === "object" ? "side" : null))).toEqual({
            default: "side",
        });
    });

    it("reads rotate, scale and offset", () => {
        expect(parseRotate(0.5)).toEqual({ css: "rotate(0.5rad)" });
        expect(parseRotate({ angle: 1, alignment: { x: -1, y: -1 } })).toEqual({
            css: "rotate(1rad)",
            origin: "0% 0%",
        });
        expect(parseScale(2)).toEqual({ css: "scale(2)" });
        expect(parseScale({ scale_x: 2, scale_y: 0.5 })).toEqual({ css: "scale(2,0.5)", origin: undefined });
        expect(parseOffset([1, 2])).toEqual([1, 2]);
        expect(parseTranslate({ x: 0.5, y: -1 })).toEqual({ css: "translate(50%,-100%)" });
        expect(alignmentPosition({ x: 0.5, y: 0 })).toBe("75% 50%");
        expect(parseRotate("90deg")).toBeNull();
        expect(parseOffset([1])).toBeNull();
    });
});
