import { describe, expect, it } from "vitest";
import { resolveState } from "../src/widgets/text-state";

describe("per-state text styles", () => {
    it("take the strongest active state's entry, else the default", () => {
        const states = { default: "d", hovered: "h", pressed: "p", disabled: "x" };
        expect(resolveState(states, [])).toBe("d");
        expect(resolveState(states, ["hovered"])).toBe("h");
        expect(resolveState(states, ["pressed", "focused", "hovered"])).toBe("p");
        expect(resolveState(states, ["focused"])).toBe("d");
        expect(resolveState({ hovered: "h" }, ["focused"])).toBeNull();
    });
});
