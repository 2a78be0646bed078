import { describe, expect, it } from "vitest";
import { flexFactor, flexShares, needsShares } from "../src/render/flex-shares";

describe("flex shares as Flutter's RenderFlex computes them", () => {
    it("reads expand as a flex factor", () => {
        expect([true, 2, 0, -1, false, null, "1"].map(flexFactor)).toEqual([1, 2, 0, 0, 0, 0, 0]);
    });

    it("measures only where a loose child has flex siblings", () => {
        const tight = { flex: 1, loose: false };
        const loose = { flex: 1, loose: true };
        const none = { flex: 0, loose: false };
        expect(needsShares([none, loose])).toBe(false);
        expect(needsShares([tight, tight])).toBe(false);
        expect(needsShares([loose, tight])).toBe(true);
        expect(needsShares([loose, loose, none])).toBe(true);
    });

    it("lays the non-flex children and gaps out first, then shares the rest by flex", () => {
        // Row 500: a 100 box, a 60 text, loose flex 1, tight flex 2, gaps of 10.
        const shares = flexShares(500, 10, [
            { flex: 0, loose: false, outer: 100 },
            { flex: 0, loose: false, outer: 60 },
            { flex: 1, loose: true, outer: 40 },
            { flex: 2, loose: false, outer: 300 },
        ]);
        expect(shares[0]).toBeNull();
        expect(shares[1]).toBeNull();
        expect(shares[2]).toBeCloseTo(310 / 3);
        expect(shares[3]).toBeCloseTo(620 / 3);
    });

    it("gives nothing when the non-flex children fill the extent", () => {
        expect(
            flexShares(100, 0, [
                { flex: 0, loose: false, outer: 150 },
                { flex: 1, loose: true, outer: 10 },
            ]),
        ).toEqual([null, 0]);
    });
});
