import { describe, expect, it, vi } from "vitest";
import { resetWarnings } from "../src/log";
import { Control } from "../src/tree/control";
import { ControlTree } from "../src/tree/control-tree";

describe("the id index", () => {
    it("finds controls by id, counts each id once, and forgets released ones", () => {
        const tree = new ControlTree();
        const row = tree.materialize(
            {
                _c: "Row",
                _i: 5,
                controls: [
                    { _c: "Text", _i: 6 },
                    { _c: "Text", _i: 9 },
                ],
            },
            null,
        );
        expect(tree.size).toBe(3);
        expect(tree.get(6)?.type).toBe("Text");
        expect(tree.get(7)).toBeUndefined();

        // Each control is of its type's class, which holds the type: a control's own fields are two, then its properties.
        const [a, b] = [6, 9].map((id) => tree.get(id)!);
        expect(row).toBeInstanceOf(Control);
        expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
        expect(Object.getPrototypeOf(a)).not.toBe(Object.getPrototypeOf(row));
        expect(Object.keys(a).sort()).toEqual(["id", "parent"]);
        expect(Object.keys(row as Control).sort()).toEqual(["controls", "id", "parent"]);
        expect([(row as Control).type, String(b)]).toEqual(["Row", "Text(9)"]);
        const other = new ControlTree().materialize({ _c: "Text", _i: 1 }, null);
        expect(Object.getPrototypeOf(other)).toBe(Object.getPrototypeOf(a));

        // A newer object with the same id takes its place; the older one's release leaves it registered.
        const older = tree.get(9)!;
        const newer = tree.materialize({ _c: "Icon", _i: 9 }, null) as Control;
        expect(tree.size).toBe(3);
        tree.release(older);
        expect(tree.get(9)).toBe(newer);

        tree.release(row);
        expect(tree.size).toBe(1);
        expect(tree.get(5)).toBeUndefined();
        expect(tree.get(6)).toBeUndefined();
    });

    it("answers ids that are no array index with nothing", () => {
        resetWarnings();
        const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
        const tree = new ControlTree();
        tree.materialize({ _c: "Text", _i: 1.5 }, null);
        tree.materialize({ _c: "Text", _i: "x" }, null);
        for (const id of [1.5, -1, Number.NaN, 2 ** 40]) expect(tree.get(id)).toBeUndefined();
        expect(tree.size).toBe(0);
        expect(warn).toHaveBeenCalled();
        warn.mockRestore();
    });
});
