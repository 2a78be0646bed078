import { describe, expect, it } from "vitest";
import { ChildList } from "../src/render/child-list";
import { Widget, type WidgetDef } from "../src/render/widget";

const DEF: WidgetDef = { create: () => document.createElement("div") };
const widget = (id: number, parent: Widget | null = null) => {
    const w = new Widget(id, "Test");
    w.attach(DEF, parent);
    return w;
};

describe("widget holdings", () => {
    it("finds nothing in a widget that holds nothing", () => {
        const w = widget(1);
        expect(w.list("controls")).toBeUndefined();
        expect(w.slot("content")).toBeUndefined();
        expect(w.children()).toEqual([]);
    });

    it("finds a lone child list by its property only", () => {
        const w = widget(1);
        const list = new ChildList(w, "controls", document.createElement("div"));
        list.items = [widget(2, w), widget(3, w)];
        w.addList(list);
        expect(w.list("controls")).toBe(list);
        expect(w.list("actions")).toBeUndefined();
        expect(w.slot("controls")).toBeUndefined();
        expect(w.children()).toEqual(list.items);
    });

    it("keeps lists and slots apart, replaces and removes slots, and lists children before slots", () => {
        const w = widget(1);
        const a = new ChildList(w, "actions", document.createElement("div"));
        const b = new ChildList(w, "controls", document.createElement("div"));
        a.items = [widget(2, w)];
        b.items = [widget(3, w)];
        const leading = widget(4, w);
        const title = widget(5, w);
        w.addList(a);
        w.setSlotWidget("leading", leading);
        w.addList(b);
        w.setSlotWidget("title", title);
        expect(w.list("actions")).toBe(a);
        expect(w.list("controls")).toBe(b);
        expect(w.slot("leading")).toBe(leading);
        expect(w.slot("title")).toBe(title);
        expect(w.children()).toEqual([...a.items, ...b.items, leading, title]);

        const other = widget(6, w);
        w.setSlotWidget("leading", other);
        expect(w.slot("leading")).toBe(other);
        w.setSlotWidget("title", undefined);
        expect(w.slot("title")).toBeUndefined();
        expect(w.children()).toEqual([...a.items, ...b.items, other]);
        expect(w.list("controls")).toBe(b);
    });

    it("holds a slot next to a lone list", () => {
        const w = widget(1);
        const list = new ChildList(w, "controls", document.createElement("div"));
        w.addList(list);
        const badge = widget(2, w);
        w.setSlotWidget("badge", badge);
        expect(w.list("controls")).toBe(list);
        expect(w.slot("badge")).toBe(badge);
        w.setSlotWidget("badge", undefined);
        expect(w.slot("badge")).toBeUndefined();
        expect(w.list("controls")).toBe(list);
    });

    it("keeps disabled, fillsWidth and the filling children count independent", () => {
        const w = widget(1);
        expect([w.disabled, w.fillsWidth, w.fillingChildren]).toEqual([false, false, 0]);
        w.fillingChildren = 3;
        w.disabled = true;
        expect([w.disabled, w.fillsWidth, w.fillingChildren]).toEqual([true, false, 3]);
        w.fillsWidth = true;
        w.fillingChildren--;
        expect([w.disabled, w.fillsWidth, w.fillingChildren]).toEqual([true, true, 2]);
        w.disabled = false;
        w.fillingChildren += 1000;
        expect([w.disabled, w.fillsWidth, w.fillingChildren]).toEqual([false, true, 1002]);
        w.fillsWidth = false;
        expect([w.disabled, w.fillsWidth, w.fillingChildren]).toEqual([false, false, 1002]);
    });
});
