import { describe, expect, it, vi } from "vitest";
import { ChildList } from "../src/render/child-list";
import type { Renderer } from "../src/render/renderer";
import { Widget, type WidgetDef } from "../src/render/widget";

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
        return renderer.mountChild(new Made(-1, "?"), parent);
    },
} as unknown as Renderer;
const Made = Widget.of(renderer);
const widget = (id: number, parent: Widget | null = null) => renderer.mountChild(new Made(id, "Test"), parent!);
/** A list of `owner`'s property `prop` showing new controls with ids `ids`. */
const listOf = (owner: Widget, prop: string, ids: number[]) => {
    owner.props[prop] = ids.map((id) => new Made(id, "Test"));
    const list = new ChildList(owner, prop, document.createElement("div"));
    list.reset();
    return list;
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
        const list = listOf(w, "controls", [2, 3]);
        w.addList(list);
        expect(list.items.map((c) => c.id)).toEqual([2, 3]);
        expect(list.items.every((c) => c.parent === w && c.view === c)).toBe(true);
        expect(w.list("controls")).toBe(list);
        expect(w.list("actions")).toBeUndefined();
        expect(w.slot("controls")).toBeUndefined();
        expect(w.children()).toEqual(list.items);
    });

    it("keeps lists and slots apart, replaces and removes slots, and lists children before slots", () => {
        const w = widget(1);
        const a = listOf(w, "actions", [2]);
        const b = listOf(w, "controls", [3]);
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

    it("holds the child of its definition's main slot as it is, and in pairs once it holds more", () => {
        const w = new Made(1, "Test");
        w.attach({ create: DEF.create, mainSlot: "content" }, null);
        const held = () => (w as unknown as { held: unknown }).held;
        const content = widget(2, w);
        w.setSlotWidget("content", content);
        expect(held()).toBe(content);
        expect(w.slot("content")).toBe(content);
        expect(w.slot("badge")).toBeUndefined();
        expect(w.list("content")).toBeUndefined();
        expect(w.children()).toEqual([content]);
        w.setSlotWidget("badge", undefined);
        expect(held()).toBe(content);

        const badge = widget(3, w);
        w.setSlotWidget("badge", badge);
        expect([w.slot("content"), w.slot("badge")]).toEqual([content, badge]);
        const list = listOf(w, "controls", [4]);
        w.addList(list);
        expect(w.children()).toEqual([...list.items, content, badge]);
        w.setSlotWidget("content", undefined);
        expect([w.slot("content"), w.slot("badge"), w.list("controls")]).toEqual([undefined, badge, list]);

        const other = new Made(5, "Test");
        other.attach({ create: DEF.create, mainSlot: "content" }, null);
        const child = widget(6, other);
        other.setSlotWidget("content", child);
        other.addList(listOf(other, "controls", [7]));
        expect(other.slot("content")).toBe(child);
        expect(other.list("controls")?.items.map((c) => c.id)).toEqual([7]);
        other.setSlotWidget("content", undefined);
        expect(other.slot("content")).toBeUndefined();
        expect(other.children().map((c) => c.id)).toEqual([7]);
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

    it("shows a control that a list holds twice once, with a placeholder for the second", () => {
        const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
        const w = widget(1);
        const twice = new Made(7, "Test");
        w.props.controls = [twice, twice];
        const list = new ChildList(w, "controls", document.createElement("div"));
        list.reset();
        expect(list.items.map((c) => c.id)).toEqual([7, -1]);
        expect(list.items[0]).toBe(twice);
        expect(w.props.controls).toEqual(list.items);
        expect(list.container.children).toHaveLength(2);
        expect(warn).toHaveBeenCalledWith(expect.stringContaining("Test(7) is in controls twice"));
        warn.mockRestore();
    });
});
