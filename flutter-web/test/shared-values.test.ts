import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetWarnings } from "../src/log";
import { decode, encode } from "../src/protocol/msgpack";
import { applyPatch } from "../src/protocol/patch";
import type { Control } from "../src/tree/control";
import { ControlTree } from "../src/tree/control-tree";
import { shareValue, thaw } from "../src/tree/shared-values";
import { Recorder } from "./support/recorder";

const wire = <T>(value: unknown): T => decode(encode(value)) as T;
const skip = () => ({ skip_properties: ["width", "height", "margin"] });
const box = (id: number) => ({ _c: "Container", _i: id, _internals: skip() });

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
    resetWarnings();
    warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe("shared values", () => {
    it("gives equal small plain values one frozen copy", () => {
        const a = shareValue(skip());
        const b = shareValue(skip());
        expect(b).toBe(a);
        expect(a).toEqual(skip());
        expect(Object.isFrozen(a)).toBe(true);
        expect(Object.isFrozen((a as any).skip_properties)).toBe(true);
        // A list and a map, or values of other types, are never taken for one another.
        expect(shareValue(["1"])).not.toBe(shareValue([1]));
        expect(shareValue({ 0: "a" })).not.toBe(shareValue(["a"]));
    });

    it("leaves values with controls, binary data or deep nesting unshared and unfrozen", () => {
        for (const v of [
            { data: new Uint8Array([1]) },
            { a: { b: { c: { d: 1 } } } },
            { list: new Array(17).fill(0) },
        ]) {
            expect(shareValue(v)).toBe(v);
            expect(Object.isFrozen(v)).toBe(false);
        }
    });

    it("thaws a shared value into an equal copy that may change, and leaves others as they are", () => {
        const shared = shareValue({ host_expanded: true, list: [1] }) as Record<string, unknown>;
        const copy = thaw(shared);
        expect(copy).not.toBe(shared);
        expect(copy).toEqual(shared);
        copy.host_expanded = false;
        expect(shared.host_expanded).toBe(true);
        const own = { a: 1 };
        expect(thaw(own)).toBe(own);
    });

    it("shares the _internals of controls, and a patch inside one changes only that control", () => {
        const tree = new ControlTree(new Recorder());
        const col = tree.materialize(wire({ _c: "Column", _i: 1, controls: [box(2), box(3)] }), null) as Control;
        const [a, b] = col.props.controls as Control[];
        expect(a.props._internals).toBe(b.props._internals);

        // Path tree: node 1 is the first Container's skip_properties list.
        const first = new Map([[0, [3, { _internals: [4, { skip_properties: [1] }] }]]]);
        const path = [0, { controls: [2, first] }];
        applyPatch(tree, col, wire([path, [0, 1, 0, "padding"], [1, 1, 3, "clip"]]));
        expect((a.props._internals as any).skip_properties).toEqual(["padding", "height", "margin", "clip"]);
        expect((b.props._internals as any).skip_properties).toEqual(["width", "height", "margin"]);
        expect(warn).not.toHaveBeenCalled();

        // A removal inside the other control's shared map works the same way.
        applyPatch(
            tree,
            b,
            wire([
                [0, { _internals: [1] }],
                [2, 1, "skip_properties"],
            ]),
        );
        expect(b.props._internals).toEqual({});
        expect((a.props._internals as any).skip_properties).toHaveLength(4);
        expect(warn).not.toHaveBeenCalled();
    });

    it("moves a shared value from one control to another intact", () => {
        const tree = new ControlTree(new Recorder());
        const col = tree.materialize(wire({ _c: "Column", _i: 1, controls: [box(2), box(3)] }), null) as Control;
        const [a, b] = col.props.controls as Control[];
        const shared = b.props._internals;
        // Path tree: node 2 is the first Container, node 3 the second.
        const path = [
            0,
            {
                controls: [
                    1,
                    new Map([
                        [0, [2]],
                        [1, [3]],
                    ]),
                ],
            },
        ];
        applyPatch(tree, col, wire([path, [3, 3, "_internals", 2, "hints"]]));
        expect(b.props._internals).toBeUndefined();
        expect(a.props.hints).toBe(shared);
        expect(a.props.hints).toEqual(skip());
        expect(warn).not.toHaveBeenCalled();
    });
});
