import { describe, expect, it } from "vitest";
import { dragDismisses } from "../src/widgets/sheet-drag";

describe("BottomSheet drag", () => {
    it("dismisses past half the sheet's height or on a fling faster than 700 px/s", () => {
        expect(dragDismisses(101, 200, 0)).toBe(true);
        expect(dragDismisses(99, 200, 0)).toBe(false);
        expect(dragDismisses(20, 200, 701)).toBe(true);
        expect(dragDismisses(20, 200, 699)).toBe(false);
        expect(dragDismisses(20, 0, 0)).toBe(false);
    });
});
