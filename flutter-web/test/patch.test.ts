import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetWarnings } from "../src/log";
import { decodeFrame } from "../src/protocol/frames";
import { decode, encode } from "../src/protocol/msgpack";
import { applyPatch } from "../src/protocol/patch";
import { Control, getProp, hasProp, propNames, removeProp, setProp } from "../src/tree/control";
import { ControlTree } from "../src/tree/control-tree";
import { Recorder } from "./support/recorder";
import { backendFrames } from "./support/transcripts";

/** Sends a value through msgpack so int keys arrive as the client receives them. */
const wire = <T>(value: unknown): T => decode(encode(value)) as T;

const text = (id: number, value: string) => ({ _c: "Text", _i: id, value });

function setup(items: unknown[]) {
    const recorder = new Recorder();
    const tree = new ControlTree(recorder);
    const col = tree.materialize(wire({ _c: "Column", _i: 5, controls: items }), null) as Control;
    recorder.log = [];
    return { tree, col, recorder };
}

const values = (col: Control) => (col.props.controls as Control[]).map((c) => c.props.value);
// The path tree [0, {controls: [1]}]: node 1 is the Column's controls list.
const LIST = [0, { controls: [1] }];

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
    resetWarnings();
    warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe("applyPatch", () => {
    it("replaces a property of the root control", () => {
        const { tree, col, recorder } = setup([]);
        applyPatch(tree, col, wire([[0], [0, 0, "spacing", 20]]));
        expect(col.props.spacing).toBe(20);
        expect(recorder.log).toEqual(["Column(5).spacing"]);
    });

    it("adds, removes and moves list items with live indices", () => {
        const { tree, col, recorder } = setup([text(1, "a"), text(2, "b"), text(3, "c")]);
        applyPatch(
            tree,
            col,
            wire([LIST, [1, 1, 0, text(4, "x")], [2, 1, 2], [3, 1, 2, 1, 0], [1, 1, 3, text(6, "z")]]),
        );
        // [a b c] -> add x@0 [x a b c] -> remove @2 [x a c] -> move 2->0 [c x a] -> add z@3 [c x a z]
        expect(values(col)).toEqual(["c", "x", "a", "z"]);
        expect(recorder.log).toEqual([
            "Column(5).controls insert 0",
            "Column(5).controls remove 2",
            "Column(5).controls move 2->0",
            "Column(5).controls insert 3",
        ]);
        expect(tree.get(2)).toBeUndefined();
        expect(tree.get(6)?.props.value).toBe("z");
    });

    it("reverses a list with the move sequence Flet sends", () => {
        const { tree, col } = setup([text(1, "1"), text(2, "2"), text(3, "3")]);
        applyPatch(tree, col, wire([LIST, [3, 1, 2, 1, 0], [3, 1, 2, 1, 1]]));
        expect(values(col)).toEqual(["3", "2", "1"]);
    });

    it("treats a move onto the same index as a no-op", () => {
        const { tree, col, recorder } = setup([text(1, "a"), text(2, "b")]);
        applyPatch(tree, col, wire([LIST, [3, 1, 1, 1, 1]]));
        expect(values(col)).toEqual(["a", "b"]);
        expect(recorder.log).toEqual([]);
        expect(warn).not.toHaveBeenCalled();
    });

    it("replaces a list element and forgets the old control", () => {
        const { tree, col, recorder } = setup([text(1, "a"), text(2, "b")]);
        applyPatch(tree, col, wire([LIST, [0, 1, 1, text(7, "B")]]));
        expect(values(col)).toEqual(["a", "B"]);
        expect(tree.get(2)).toBeUndefined();
        expect(recorder.log).toEqual(["Column(5).controls replace 1"]);
    });

    it("follows int keys of the path tree into list items", () => {
        const { tree, col, recorder } = setup([text(1, "a"), text(2, "b")]);
        // node 1 = controls, node 2 = controls[1]
        applyPatch(
            tree,
            col,
            wire([
                [0, { controls: [1, new Map([[1, [2]]])] }],
                [0, 2, "value", "B"],
            ]),
        );
        expect(values(col)).toEqual(["a", "B"]);
        expect(recorder.log).toEqual(["Text(2).value"]);
    });

    it("materializes maps with _c into indexed controls with parents", () => {
        const { tree, col } = setup([]);
        const row = { _c: "Row", _i: 9, controls: [{ _c: "IconButton", _i: 8, icon: 65604 }] };
        applyPatch(tree, col, wire([[0], [0, 0, "controls", [row]]]));
        const r = tree.get(9)!;
        const button = tree.get(8)!;
        expect(r).toBeInstanceOf(Control);
        expect(r.parent).toBe(col);
        expect(button.parent).toBe(r);
        expect(button.props.icon).toBe(65604);
        expect((col.props.controls as Control[])[0]).toBe(r);
    });

    it("keeps properties named like members apart from the members, and loses none", () => {
        const tree = new ControlTree();
        const sent = { _c: "Text", _i: 3, constructor: "own", value: "v", id: "not 3", $id: "dollar", $$id: 2 };
        const c = tree.materialize(wire(sent), null) as Control;
        const proto = Object.getPrototypeOf(c);
        expect(getProp(c, "constructor")).toBe("own");
        expect(getProp(c, "toString")).toBeUndefined();
        expect(getProp(c, "hasOwnProperty")).toBeUndefined();
        setProp(c, "__proto__", "kept");
        applyPatch(tree, c, wire([[0], [0, 0, "parent", "p"], [0, 0, "valueOf", 1]]));
        expect(propNames(c)).toEqual(["constructor", "value", "id", "$id", "$$id", "__proto__", "parent", "valueOf"]);
        expect(propNames(c).map((n) => getProp(c, n))).toEqual(["own", "v", "not 3", "dollar", 2, "kept", "p", 1]);
        expect(c.props.value).toBe("v");
        // The members are untouched.
        expect([c.id, c.parent, c.constructor, Object.getPrototypeOf(c), String(c)]).toEqual([
            3,
            null,
            proto.constructor,
            proto,
            "Text(3)",
        ]);
        expect(c.valueOf()).toBe(c);

        applyPatch(tree, c, wire([[0], [2, 0, "constructor"], [2, 0, "__proto__"], [2, 0, "$id"]]));
        expect(propNames(c)).toEqual(["value", "id", "$$id", "parent", "valueOf"]);
        expect([getProp(c, "constructor"), getProp(c, "__proto__"), getProp(c, "$id")]).toEqual([
            undefined,
            undefined,
            undefined,
        ]);
        expect([c.constructor, Object.getPrototypeOf(c)]).toEqual([proto.constructor, proto]);
    });

    it("keeps each control's properties on the control itself, after its fields, any number of them", () => {
        const tree = new ControlTree();
        const texts = Array.from(
            { length: 20 },
            (_, i) => tree.materialize(wire({ _c: "Text", _i: 10 + i, value: `t${i}` }), null) as Control,
        );
        const names = Array.from({ length: 12 }, (_, i) => `p${i}`);
        const wide = tree.materialize(
            wire({ _c: "Text", _i: 40, ...Object.fromEntries(names.map((n, i) => [n, i])) }),
            null,
        ) as Control;
        const row = tree.materialize(wire({ _c: "Row", _i: 41, spacing: 2 }), null) as Control;
        expect(texts.map((t) => t.props.value)).toEqual(Array.from({ length: 20 }, (_, i) => `t${i}`));
        expect(propNames(wide)).toEqual(names);
        expect(Object.keys(wide)).toEqual(["id", "parent", ...names]);
        expect(names.map((n) => getProp(wide, n))).toEqual(names.map((_, i) => i));
        setProp(texts[0], "extra", 1);
        expect(getProp(texts[1], "extra")).toBeUndefined();
        expect(propNames(row).map((n) => [n, getProp(row, n)])).toEqual([["spacing", 2]]);

        // A removed property keeps its key, holding undefined: it is no longer one of the control's properties.
        expect(removeProp(row, "spacing")).toBe(2);
        expect([propNames(row), hasProp(row, "spacing"), Object.keys(row)]).toEqual([
            [],
            false,
            ["id", "parent", "spacing"],
        ]);
        setProp(row, "spacing", 3);
        expect(propNames(row)).toEqual(["spacing"]);
    });

    it("notifies the owning control when a nested map changes", () => {
        const { tree, col, recorder } = setup([]);
        applyPatch(tree, col, wire([[0], [0, 0, "padding", { left: 1 }]]));
        applyPatch(
            tree,
            col,
            wire([
                [0, { padding: [1] }],
                [0, 1, "top", 4],
                [2, 1, "left"],
            ]),
        );
        expect(col.props.padding).toEqual({ top: 4 });
        expect(recorder.log).toEqual(["Column(5).padding", "Column(5).padding", "Column(5).padding"]);
        // A change inside the value: what the property held before is the value it holds.
        expect(recorder.previous[0]).toBeUndefined();
        expect(recorder.previous.slice(1).every((p) => p === col.props.padding)).toBe(true);
    });

    it("tells the listener what a property held before: the value replaced or removed", () => {
        const { tree, col, recorder } = setup([text(1, "a")]);
        const list = col.props.controls;
        applyPatch(tree, col, wire([[0], [0, 0, "controls", [text(2, "b")]]]));
        const now = col.props.controls;
        applyPatch(tree, col, wire([[0], [2, 0, "controls"]]));
        expect(recorder.log).toEqual(["Column(5).controls", "Column(5).controls"]);
        expect(recorder.previous[0]).toBe(list);
        expect(recorder.previous[1]).toBe(now);
        expect(now).not.toBe(list);
        expect(col.props.controls).toBeUndefined();
    });

    it("warns about a missing path and still applies the other operations", () => {
        const { tree, col } = setup([text(1, "a")]);
        applyPatch(
            tree,
            col,
            wire([
                [0, { controls: [1, new Map([[7, [2]]])] }],
                [0, 2, "value", "lost"],
                [0, 0, "spacing", 3],
            ]),
        );
        expect(col.props.spacing).toBe(3);
        expect(warn).toHaveBeenCalledTimes(1);
        expect(String(warn.mock.calls[0][0])).toContain("path controls/7 does not exist");
    });

    it("warns about out-of-range indices and unknown operations without throwing", () => {
        const { tree, col } = setup([text(1, "a")]);
        expect(() => applyPatch(tree, col, wire([LIST, [2, 1, 5], [9, 1], "junk"]))).not.toThrow();
        expect(values(col)).toEqual(["a"]);
        expect(warn).toHaveBeenCalledTimes(3);
        expect(String(warn.mock.calls[0][0])).toContain("list index 5 is out of range 0..0");
    });

    it("ignores a malformed path tree", () => {
        const { tree, col } = setup([]);
        applyPatch(tree, col, wire([["x"], [0, 0, "spacing", 1]]));
        expect(col.props.spacing).toBeUndefined();
        expect(String(warn.mock.calls[0][0])).toContain("malformed path tree");
    });

    it("applies the keyed swap transcript to the same result the Flet backend has", () => {
        const tree = new ControlTree();
        const [registered, ...patches] = backendFrames("keyed_swap").map((p) => decodeFrame(p)!);
        const page = tree.materialize((registered.body as any).page_patch, null) as Control;
        const keys = () => {
            const col = ((page.props.views as Control[])[0].props.controls as Control[])[0];
            return (col.props.controls as Control[]).map((c) => c.props.key);
        };
        const orders: unknown[] = [];
        for (const message of patches) {
            const body = message.body as { id: number; patch: unknown };
            applyPatch(tree, tree.get(body.id)!, body.patch);
            orders.push(keys());
        }
        expect(orders).toEqual([
            ["k0", "k1", "k2", "k3", "k4", "k5"],
            ["k0", "k4", "k2", "k3", "k1", "k5"],
            ["k0", "k4", "k3", "k1", "k5"],
            ["k5", "k1", "k4", "k0", "k3"],
        ]);
        expect(warn).not.toHaveBeenCalled();
    });
});

describe("ControlTree.merge", () => {
    it("merges a child with the same id and replaces anything else", () => {
        const recorder = new Recorder();
        const tree = new ControlTree(recorder);
        const page = tree.materialize({ _c: "Page", _i: 1, route: "/", window: {} }, null) as Control;
        tree.merge(page, wire({ _c: "Page", _i: 1, window: { _c: "Window", _i: 2 }, route: "/" }));
        const window = tree.get(2)!;
        tree.merge(page, wire({ window: { _c: "Window", _i: 2, width: 5 }, title: "T" }));
        expect(tree.get(2)).toBe(window);
        expect(window.props.width).toBe(5);
        expect(recorder.log).toEqual(["Page(1).window", "Window(2).width", "Page(1).title"]);
        expect(recorder.previous).toEqual([{}, undefined, undefined]);
    });
});
