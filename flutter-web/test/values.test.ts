import { describe, expect, it } from "vitest";
import { parseColor } from "../src/values/colors";
import { parseAlignment, parseCrossAxis, parseInsets, parseMainAxis, parseRadius } from "../src/values/geometry";

describe("parseColor", () => {
    it("reads hex colours with Flutter's alpha-first order", () => {
        expect(parseColor("#f00")).toBe("#ff0000");
        expect(parseColor("#8f00")).toBe("#ff000088");
        expect(parseColor("#00ff00")).toBe("#00ff00");
        expect(parseColor("#80ff0000")).toBe("#ff000080");
        expect(parseColor("0xff2196F3")).toBe("#2196F3ff");
    });

    it("maps theme roles and Material colours to the generated custom properties", () => {
        expect(parseColor("primary")).toBe("var(--flet-primary)");
        expect(parseColor("onSurfaceVariant")).toBe("var(--flet-onsurfacevariant)");
        expect(parseColor("red")).toBe("var(--flet-c-red)");
        expect(parseColor("red100")).toBe("var(--flet-c-red100)");
        expect(parseColor("redAccent200")).toBe("var(--flet-c-redaccent200)");
        expect(parseColor("grey850")).toBe("var(--flet-c-grey850)");
        expect(parseColor("white54")).toBe("var(--flet-c-white54)");
        expect(parseColor("black87")).toBe("var(--flet-c-black87)");
        expect(parseColor("transparent")).toBe("transparent");
    });

    it("applies an opacity suffix", () => {
        expect(parseColor("blue,0.5")).toBe("color-mix(in srgb,var(--flet-c-blue) 50%,transparent)");
        expect(parseColor("#ff0000,0.3")).toBe("color-mix(in srgb,#ff0000 30%,transparent)");
    });

    it("rejects values that are not colours", () => {
        for (const bad of [
            "",
            "#12",
            "#ggg",
            "red150",
            "brownaccent",
            "white13",
            "nocolor",
            "blue,2",
            "blue,",
            5,
            null,
        ]) {
            expect(parseColor(bad), String(bad)).toBeNull();
        }
    });
});

describe("geometry", () => {
    it("reads padding as a number or a sparse side map", () => {
        expect(parseInsets(10)).toBe("10px");
        expect(parseInsets({ left: 5, right: 5 })).toBe("0px 5px 0px 5px");
        expect(parseInsets({ left: 10, top: 10, right: 10, bottom: 10 })).toBe("10px 10px 10px 10px");
        expect(parseInsets("10")).toBeNull();
        expect(parseInsets({ left: "x" })).toBeNull();
    });

    it("reads border radius as a number or four corners", () => {
        expect(parseRadius(8)).toBe("8px");
        expect(parseRadius({ top_left: 1, top_right: 2, bottom_left: 3, bottom_right: 4 })).toBe("1px 2px 4px 3px");
        expect(parseRadius([1])).toBeNull();
    });

    it("reads alignments and axis enums case-insensitively", () => {
        expect(parseAlignment({ x: -1, y: 1 })).toEqual(["flex-start", "flex-end"]);
        expect(parseAlignment({ x: 0, y: 0 })).toEqual(["center", "center"]);
        expect(parseAlignment({ x: 0 })).toBeNull();
        expect(parseMainAxis("spaceBetween")).toBe("space-between");
        expect(parseMainAxis("SPACE_BETWEEN")).toBeNull();
        expect(parseCrossAxis("stretch")).toBe("stretch");
        expect(parseCrossAxis(3)).toBeNull();
    });
});
