import { describe, expect, it, vi } from "vitest";
import { applyListChange, showList } from "../src/render/child-list";
import type { Renderer } from "../src/render/renderer";
import { Widget, type WidgetDef } from "../src/render/widget";
import { getProp, propNames, removeProp, setProp } from "../src/tree/control";
import { patch, startWith } from "./support/app";

const DEF: WidgetDef = { create: () => document.createElement("div") };
/** Mounts as the renderer does, without definitions: enough for a list to show its items. */
const renderer = {
    mountChild(child: Widget, parent: Widget) {
        child.attach(DEF, parent);
        child.el = DEF.create(child);
        return child;
    },
    unmount(child: Widget) {
        child.detach();
    },
    mountPlaceholder(parent: Widget) {
        return renderer.mountChild(new Placeholder(-1), parent);
    },
} as unknown as Renderer;
const Made = Widget.of(renderer).ofType("Test");
const Placeholder = Widget.of(renderer).ofType("?");
const widget = (id: number, parent: Widget | null = null) => renderer.mountChild(new Made(id), parent!);
const controls = (ids: number[]) => ids.map((id) => new Made(id));
const ids = (ws: readonly Widget[]) => ws.map((w) => w.id);

/** A widget of a definition with list properties `props`, each rendering into an element of its own. */
function withLists(id: number, props: string[], extra: Partial<WidgetDef> = {}): Widget {
    const w = new Made(id);
    const boxes: Record<string, HTMLElement> = {};
    const lists: Record<string, (w: Widget) => HTMLElement> = {};
    for (const p of props) {
        boxes[p] = document.createElement("div");
        lists[p] = () => boxes[p];
    }
    w.attach({ ...DEF, ...extra, lists }, null);
    w.el = DEF.create(w);
    return w;
}

/** Sets list property `prop` of `w` to new controls with ids `list` and shows it, as the renderer does. */
function show(w: Widget, prop: string, list: number[]): readonly Widget[] {
    const previous = getProp(w, prop);
    setProp(w, prop, controls(list));
    showList(w, prop, previous);
    return w.listItems(prop);
}

const container = (w: Widget, prop: string) => w.def.lists![prop](w);

describe("widget holdings", () => {
    it("finds nothing in a widget that holds nothing", () => {
        const w = widget(1);
        expect(w.listItems("controls")).toEqual([]);
        expect(w.slot("content")).toBeUndefined();
        expect(w.children()).toEqual([]);
    });

    it("shows the model's own array as a lone child list, found by its property only", () => {
        const w = withLists(1, ["controls"]);
        const items = show(w, "controls", [2, 3]);
        expect(items).toBe(w.props.controls);
        expect(ids(items)).toEqual([2, 3]);
        expect(items.every((c) => c.parent === w && c.view === c)).toBe(true);
        expect([...container(w, "controls").children]).toEqual(items.map((c) => c.el));
        expect(w.listItems("actions")).toEqual([]);
        expect(w.slot("controls")).toBeUndefined();
        expect(w.children()).toEqual(items);
        expect(w.children()).not.toBe(items);
    });

    it("lists nothing for a property its definition does not list, or that holds no array", () => {
        const w = widget(1);
        w.props.controls = controls([2]);
        expect(w.listItems("controls")).toEqual([]);
        expect(w.children()).toEqual([]);
        const owner = withLists(3, ["controls"]);
        owner.props.controls = "not a list";
        setProp(owner, "toString", controls([4]));
        showList(owner, "controls", undefined);
        expect(owner.listItems("controls")).toEqual([]);
        expect(owner.listItems("toString")).toEqual([]);
        expect(owner.children()).toEqual([]);
    });

    it("keeps lists and slots apart, replaces and removes slots, and lists children before slots", () => {
        const w = withLists(1, ["actions", "controls"]);
        const leading = widget(4, w);
        const title = widget(5, w);
        const b = show(w, "controls", [3]);
        w.setSlotWidget("leading", leading);
        const a = show(w, "actions", [2]);
        w.setSlotWidget("title", title);
        expect(ids(w.listItems("actions"))).toEqual([2]);
        expect(ids(w.listItems("controls"))).toEqual([3]);
        expect(w.slot("leading")).toBe(leading);
        expect(w.slot("title")).toBe(title);
        // The definition's order, not the order the lists were shown in.
        expect(w.children()).toEqual([...a, ...b, leading, title]);

        const other = widget(6, w);
        w.setSlotWidget("leading", other);
        expect(w.slot("leading")).toBe(other);
        w.setSlotWidget("title", undefined);
        expect(w.slot("title")).toBeUndefined();
        expect(w.children()).toEqual([...a, ...b, other]);
        expect(w.listItems("controls")).toBe(b);
    });

    it("holds a slot next to a lone list", () => {
        const w = withLists(1, ["controls"]);
        const items = show(w, "controls", [3, 4]);
        const badge = widget(2, w);
        w.setSlotWidget("badge", badge);
        expect(w.listItems("controls")).toBe(items);
        expect(w.slot("badge")).toBe(badge);
        expect(ids(w.children())).toEqual([3, 4, 2]);
        w.setSlotWidget("badge", undefined);
        expect(w.slot("badge")).toBeUndefined();
        expect(w.children()).toEqual(items);
    });

    it("holds the child of its definition's main slot as it is, and in pairs once it holds more", () => {
        const w = withLists(1, ["controls"], { mainSlot: "content" });
        const held = () => (w as unknown as { own: unknown }).own;
        const content = widget(2, w);
        w.setSlotWidget("content", content);
        expect(held()).toBe(content);
        expect(w.slot("content")).toBe(content);
        expect(w.slot("badge")).toBeUndefined();
        expect(w.listItems("content")).toEqual([]);
        expect(w.children()).toEqual([content]);
        w.setSlotWidget("badge", undefined);
        expect(held()).toBe(content);

        const badge = widget(3, w);
        w.setSlotWidget("badge", badge);
        expect(held()).toEqual(["content", content, "badge", badge]);
        expect([w.slot("content"), w.slot("badge")]).toEqual([content, badge]);
        const list = show(w, "controls", [4]);
        expect(w.children()).toEqual([...list, content, badge]);
        w.setSlotWidget("content", undefined);
        expect([w.slot("content"), w.slot("badge"), w.listItems("controls")]).toEqual([undefined, badge, list]);

        const other = withLists(5, ["controls"], { mainSlot: "content" });
        const child = widget(6, other);
        other.setSlotWidget("content", child);
        show(other, "controls", [7]);
        expect(other.slot("content")).toBe(child);
        expect(ids(other.listItems("controls"))).toEqual([7]);
        other.setSlotWidget("content", undefined);
        expect(other.slot("content")).toBeUndefined();
        expect(ids(other.children())).toEqual([7]);
    });

    it("keeps parts and slots in one field, apart from each other", () => {
        const w = withLists(1, [], { mainSlot: "content" });
        const own = () => (w as unknown as { own: unknown }).own;
        expect(w.part("content")).toBeUndefined();
        const content = widget(2, w);
        w.setSlotWidget("content", content);
        // A slot alone leaves no parts object, and asking for a part makes none.
        expect(w.part("content")).toBeUndefined();
        expect(w.part("length")).toBeUndefined();
        expect(own()).toBe(content);

        w.parts.content = "a part named like a slot";
        expect(own()).toBe(w.parts);
        expect(Object.keys(w.parts)).toEqual(["content"]);
        expect(w.slot("content")).toBe(content);
        expect(w.part("content")).toBe("a part named like a slot");
        const badge = widget(3, w);
        w.setSlotWidget("badge", badge);
        w.parts.icon = "icon";
        expect([w.slot("content"), w.slot("badge")]).toEqual([content, badge]);
        expect(w.children()).toEqual([content, badge]);
        expect(Object.keys(w.parts)).toEqual(["content", "icon"]);
        w.setSlotWidget("content", undefined);
        w.setSlotWidget("badge", undefined);
        expect(w.children()).toEqual([]);
        expect([w.slot("content"), w.slot("badge")]).toEqual([undefined, undefined]);
        expect(Object.entries(w.parts)).toEqual([
            ["content", "a part named like a slot"],
            ["icon", "icon"],
        ]);

        // Slots in pairs before the first part stay pairs inside the parts object.
        const other = withLists(4, []);
        const leading = widget(5, other);
        other.setSlotWidget("leading", leading);
        other.parts.leading = 1;
        expect(other.slot("leading")).toBe(leading);
        expect(other.part("leading")).toBe(1);
        // Mounting again starts from no parts and no slots.
        other.attach(other.def, null);
        expect(other.slot("leading")).toBeUndefined();
        expect(other.part("leading")).toBeUndefined();
    });

    it("keeps effectivelyDisabled, fillsWidth and the filling children count independent", () => {
        const w = widget(1);
        expect([w.effectivelyDisabled, w.fillsWidth, w.fillingChildren]).toEqual([false, false, 0]);
        w.fillingChildren = 3;
        w.effectivelyDisabled = true;
        expect([w.effectivelyDisabled, w.fillsWidth, w.fillingChildren]).toEqual([true, false, 3]);
        w.fillsWidth = true;
        w.fillingChildren--;
        expect([w.effectivelyDisabled, w.fillsWidth, w.fillingChildren]).toEqual([true, true, 2]);
        w.effectivelyDisabled = false;
        w.fillingChildren += 1000;
        expect([w.effectivelyDisabled, w.fillsWidth, w.fillingChildren]).toEqual([false, true, 1002]);
        w.fillsWidth = false;
        expect([w.effectivelyDisabled, w.fillsWidth, w.fillingChildren]).toEqual([false, false, 1002]);
    });

    it("shows a control that a list holds twice once, with a placeholder for the second", () => {
        const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
        const w = withLists(1, ["controls"]);
        const twice = new Made(7);
        w.props.controls = [twice, twice];
        showList(w, "controls", undefined);
        const items = w.listItems("controls");
        expect(ids(items)).toEqual([7, -1]);
        expect(items[0]).toBe(twice);
        expect(w.props.controls).toBe(items);
        expect(container(w, "controls").children).toHaveLength(2);
        expect(warn).toHaveBeenCalledWith(expect.stringContaining("Test(7) is in controls twice"));
        warn.mockRestore();
    });
});

describe("child lists", () => {
    it("takes the widgets of the array a list property held off the screen when it gets a new one", () => {
        const w = withLists(1, ["controls"]);
        const old = show(w, "controls", [2, 3]);
        const now = show(w, "controls", [4, 5, 6]);
        expect(old.every((c) => c.view === undefined)).toBe(true);
        expect(now.every((c) => c.view === c && c.parent === w)).toBe(true);
        expect(ids(w.children())).toEqual([4, 5, 6]);
        expect([...container(w, "controls").children]).toEqual(now.map((c) => c.el));
    });

    it("takes the widgets off the screen when the property is removed or no longer holds an array", () => {
        const w = withLists(1, ["controls"]);
        const old = show(w, "controls", [2, 3]);
        removeProp(w, "controls");
        showList(w, "controls", old);
        expect(old.every((c) => c.view === undefined)).toBe(true);
        expect(w.listItems("controls")).toEqual([]);
        expect(container(w, "controls").children).toHaveLength(0);
    });

    it("shows the same array anew when something inside it changed", () => {
        const w = withLists(1, ["controls"]);
        const items = show(w, "controls", [2, 3]);
        const [a, b] = items;
        showList(w, "controls", items);
        expect(w.listItems("controls")).toBe(items);
        expect([a.view, b.view]).toEqual([a, b]);
        expect([...container(w, "controls").children]).toEqual([a.el, b.el]);
    });

    it("lists no widgets while a list is being shown, and all of them once it is", () => {
        const seen: number[][] = [];
        const owner = withLists(1, ["controls"]);
        const item: WidgetDef = {
            create: () => document.createElement("span"),
            mounted: (c) => seen.push(ids(c.parent!.listItems("controls"))),
        };
        const mountChild = renderer.mountChild;
        renderer.mountChild = ((child: Widget, parent: Widget) => {
            child.attach(item, parent);
            child.el = item.create(child);
            item.mounted!(child);
            return child;
        }) as typeof renderer.mountChild;
        try {
            show(owner, "controls", [2, 3, 4]);
            expect(seen).toEqual([[], [], [2, 3, 4]]);
            show(owner, "controls", [5, 6]);
            expect(seen.slice(3)).toEqual([[], [5, 6]]);
        } finally {
            renderer.mountChild = mountChild;
        }
        expect(ids(owner.listItems("controls"))).toEqual([5, 6]);
    });

    it("follows inserts, removals, replacements and moves in the model's array", () => {
        const w = withLists(1, ["controls"]);
        show(w, "controls", [2, 3]);
        const shown = () => [...container(w, "controls").children].map((el) => Number(el.id));
        const items = w.listItems("controls") as Widget[];
        for (const c of items) c.el.id = String(c.id);
        const add = (index: number, id: number) => {
            const c = new Made(id);
            (w.props.controls as unknown[]).splice(index, 0, c);
            applyListChange(w, "controls", { op: "insert", index });
            c.el.id = String(id);
            return c;
        };
        add(1, 4);
        add(3, 5);
        expect(shown()).toEqual([2, 4, 3, 5]);
        const [removed] = (w.props.controls as Widget[]).splice(0, 1);
        applyListChange(w, "controls", { op: "remove", index: 0, removed });
        expect(removed.view).toBeUndefined();
        expect(shown()).toEqual([4, 3, 5]);
        const list = w.props.controls as Widget[];
        const old = list[1];
        list[1] = new Made(6);
        applyListChange(w, "controls", { op: "replace", index: 1, removed: old });
        list[1].el.id = "6";
        expect(old.view).toBeUndefined();
        expect(shown()).toEqual([4, 6, 5]);
        list.splice(0, 0, list.splice(2, 1)[0]);
        applyListChange(w, "controls", { op: "move", from: 2, to: 0 });
        expect(shown()).toEqual([5, 4, 6]);
        expect(ids(w.children())).toEqual([5, 4, 6]);
        expect(w.listItems("controls")).toBe(w.props.controls);
    });
});

describe("widget layout", () => {
    const row = (i: number) => ({
        _c: "Container",
        _i: 100 + i * 5,
        padding: 4,
        content: {
            _c: "Row",
            _i: 101 + i * 5,
            controls: [
                { _c: "Text", _i: 102 + i * 5, value: `Row ${i}` },
                { _c: "Text", _i: 103 + i * 5, value: `#${i}` },
                { _c: "IconButton", _i: 104 + i * 5, icon: "delete", tooltip: "Delete" },
            ],
        },
    });

    it("gives each control three fields of its own, then its property values and only the fields it needs, with its type and definition on its type's prototype", async () => {
        const { session } = await startWith([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(row));
        const registry = session.renderer.registry;
        for (let id = 100; id < 150; id++) {
            const c = session.tree.get(id) as Widget;
            expect(c.view).toBe(c);
            // `bits` and `own` only where they differ from the prototype's: a Row fills the width, a Container too and
            // counts its filling child, and holds its content; Texts and IconButtons have neither.
            const later = { Container: ["bits", "own"], Row: ["bits"] }[c.type as string] ?? [];
            expect(Object.keys(c).slice(0, 3)).toEqual(["id", "parent", "el"]);
            expect(Object.keys(c).slice(3).sort()).toEqual([...propNames(c), ...later].sort());
            // Nothing on its prototypes is enumerable, so enumerating its properties sees its own keys only.
            const enumerated: string[] = [];
            for (const key in c) enumerated.push(key);
            expect(enumerated).toEqual(Object.keys(c));
            expect(propNames(c).length).toBeGreaterThan(0);
            expect(c.def).toBe(registry[c.type]);
            const proto = Object.getPrototypeOf(c);
            expect(Object.getOwnPropertyNames(proto).sort()).toEqual(["constructor", "def", "type"]);
            expect(proto.type).toBe(c.type);
        }
        const texts = [102, 103, 107].map((id) => session.tree.get(id)!);
        expect(new Set(texts.map((t) => Object.getPrototypeOf(t))).size).toBe(1);
        expect(Object.getPrototypeOf(session.tree.get(100))).not.toBe(Object.getPrototypeOf(texts[0]));
        expect(String(texts[0])).toBe("Text(102)");
        // A Row shows the model's array itself; a Container holds its content as it is.
        const r = session.tree.get(101) as Widget;
        expect(r.listItems("controls")).toBe(r.props.controls);
        expect((session.tree.get(100) as unknown as { own: unknown }).own).toBe(r);
    });

    it("keeps every control a fast-mode object as properties are set, removed and named like members", async () => {
        // V8 keeps a fast-mode object's fields at fixed offsets; a dictionary-mode one is about twice the size.
        const hasFastProperties = new Function("o", "return %HasFastProperties(o)") as (o: object) => boolean;
        const shapes = [{ _c: "Text", _i: 31, x: 1, y: 2, value: "a" }];
        const { app, session } = await startWith([
            ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(row),
            { _c: "Canvas", _i: 30, width: 100, height: 80, shapes },
        ]);
        for (let i = 0; i < 10; i += 3) {
            app.onMessage(patch(102 + i * 5, [[0], [0, 0, "color", "red"], [0, 0, "size", 12], [2, 0, "value"]]));
            app.onMessage(
                patch(100 + i * 5, [[0], [0, 0, "constructor", 1], [0, 0, "__proto__", 2], [2, 0, "padding"]]),
            );
            app.onMessage(patch(104 + i * 5, [[0], [0, 0, "disabled", true], [0, 0, "$el", 3]]));
        }
        const all = [30, 31, ...Array.from({ length: 50 }, (_, i) => 100 + i)].map((id) => session.tree.get(id)!);
        expect(all.filter((c) => !hasFastProperties(c)).map(String)).toEqual([]);
        const [container, text, button] = [100, 102, 104].map((id) => session.tree.get(id) as Widget);
        expect([getProp(container, "constructor"), getProp(container, "__proto__"), getProp(button, "$el")]).toEqual([
            1, 2, 3,
        ]);
        expect(propNames(container)).toEqual(["content", "constructor", "__proto__"]);
        expect(propNames(text)).toEqual(["color", "size"]);
        expect([button.effectivelyDisabled, button.el.tagName, container.def]).toEqual([
            true,
            "BUTTON",
            session.renderer.registry.Container,
        ]);
    });

    it("gives a control its own definition where its parent's gives its type another meaning", async () => {
        const { session } = await startWith([
            { _c: "Canvas", _i: 30, width: 100, height: 80, shapes: [{ _c: "Text", _i: 31, x: 1, y: 2, value: "a" }] },
            { _c: "Text", _i: 32, value: "b" },
        ]);
        const shape = session.tree.get(31) as Widget;
        const text = session.tree.get(32) as Widget;
        expect(Object.getPrototypeOf(shape)).toBe(Object.getPrototypeOf(text));
        expect(text.def).toBe(session.renderer.registry.Text);
        expect(Object.keys(text)).not.toContain("def");
        expect(shape.def).not.toBe(session.renderer.registry.Text);
        expect(shape.def).toBe((session.tree.get(30) as Widget).def.childTypes!.Text);
        expect(shape.el.tagName.toLowerCase()).toBe("text");
        expect(text.el.tagName.toLowerCase()).toBe("span");
    });

    it("makes unknown types placeholders, each type a class of its own", async () => {
        const { root, session } = await startWith([
            { _c: "Nonesuch", _i: 30 },
            { _c: "Nonesuch", _i: 31 },
        ]);
        const [a, b] = [30, 31].map((id) => session.tree.get(id) as Widget);
        expect(a.type).toBe("Nonesuch");
        expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
        expect(a.el.textContent).toBe("Unknown control: Nonesuch");
        expect(root.querySelectorAll('[data-flet-type="Nonesuch"]')).toHaveLength(2);
    });
});
