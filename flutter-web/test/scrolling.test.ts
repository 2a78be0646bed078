import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { encodeFrame } from "../src/protocol/frames";
import { metrics, scrollTarget, throttleAllows } from "../src/widgets/scroll-events";
import { guardConsole } from "./support/console-guard";
import { byId, patch, startWith } from "./support/app";

const warnings = guardConsole();

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const text = (id: number, value: string) => ({ _c: "Text", _i: id, value });

/** Gives `el` a scrollable extent, as layout would (happy-dom lays nothing out). */
function extent(el: HTMLElement, viewport: number, content: number): void {
    Object.defineProperty(el, "clientHeight", { configurable: true, value: viewport });
    Object.defineProperty(el, "scrollHeight", { configurable: true, value: content });
}

function scrollTo(el: HTMLElement, top: number): void {
    el.scrollTop = top;
    el.dispatchEvent(new Event("scroll"));
}

/** Lets the scrolling chunk (scroll-events.ts) load and the calls waiting for it run. */
async function loaded(): Promise<void> {
    await vi.dynamicImportSettled();
    for (let i = 0; i < 5; i++) await Promise.resolve();
}

const scrollEvents = (sent: { action: number; body: any }[]) =>
    sent.filter((m) => m.action === 3 && m.body.name === "scroll").map((m) => m.body.data);

describe("ListView and GridView", () => {
    it("are lists whose children keep their roles inside list items, through inserts and moves", async () => {
        const { root, app } = await startWith([
            {
                _c: "ListView",
                _i: 30,
                controls: [{ _c: "Button", _i: 31, content: "One" }, text(32, "Two")],
            },
            { _c: "GridView", _i: 40, runs_count: 3, controls: [text(41, "a")] },
        ]);
        const list = byId(root, 30);
        expect(list.getAttribute("role")).toBe("list");
        expect(byId(root, 40).getAttribute("role")).toBe("list");
        const items = () => [...list.children].map((c) => [c.getAttribute("role"), c.firstElementChild!.textContent]);
        expect(items()).toEqual([
            ["listitem", "One"],
            ["listitem", "Two"],
        ]);
        expect(byId(root, 31).tagName).toBe("BUTTON");

        app.onMessage(
            patch(30, [
                [0, { controls: [1] }],
                [1, 1, 0, text(33, "Zero")],
            ]),
        );
        app.onMessage(
            patch(30, [
                [0, { controls: [1] }],
                [3, 1, 2, 1, 0],
            ]),
        );
        expect(items()).toEqual([
            ["listitem", "Two"],
            ["listitem", "Zero"],
            ["listitem", "One"],
        ]);
        app.onMessage(
            patch(30, [
                [0, { controls: [1] }],
                [2, 1, 1],
            ]),
        );
        expect(items().map((i) => i[1])).toEqual(["Two", "One"]);
        expect(byId(root, 33)).toBeNull();
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("GridView makes runs_count equal columns, or fits max_extent tiles", async () => {
        const { root } = await startWith([
            { _c: "GridView", _i: 30, runs_count: 3, run_spacing: 4 },
            { _c: "GridView", _i: 31, max_extent: 150, horizontal: true },
        ]);
        expect(byId(root, 30).style.gridTemplateColumns).toBe("repeat(3,minmax(0,1fr))");
        expect(byId(root, 30).style.columnGap).toBe("4px");
        expect(byId(root, 31).style.gridTemplateRows).toBe("repeat(auto-fill,minmax(min(100%,150px),1fr))");
    });

    it("give items one extent: item_extent first, then a hidden prototype_item, then the first item", async () => {
        const { root, app } = await startWith([
            { _c: "ListView", _i: 30, item_extent: 48, prototype_item: text(35, "proto"), controls: [text(31, "a")] },
        ]);
        await loaded();
        const list = byId(root, 30);
        expect(list.style.getPropertyValue("--flet-item-extent")).toBe("48px");
        expect(list.classList.contains("flet-fixed-extent")).toBe(true);
        const box = list.querySelector(".flet-list-prototype")!;
        expect(box.getAttribute("aria-hidden")).toBe("true");
        expect(box.textContent).toBe("proto");

        // Without item_extent the prototype is measured (happy-dom lays nothing out, so its extent is 0).
        app.onMessage(patch(30, [[0], [0, 0, "item_extent", null]]));
        expect(list.style.getPropertyValue("--flet-item-extent")).toBe("0px");
        expect(list.classList.contains("flet-first-prototype")).toBe(false);

        // A list change replaces the items and keeps the prototype box, outside the list items.
        app.onMessage(
            patch(30, [
                [0, { controls: [1] }],
                [1, 1, 1, text(32, "b")],
            ]),
        );
        expect([...list.children].map((c) => c.className)).toEqual([
            "flet-list-item",
            "flet-list-item",
            "flet-list-prototype",
        ]);

        app.onMessage(patch(30, [[0], [0, 0, "prototype_item", null], [0, 0, "first_item_prototype", true]]));
        expect(list.querySelector(".flet-list-prototype")).toBeNull();
        expect(list.classList.contains("flet-first-prototype")).toBe(true);

        app.onMessage(patch(30, [[0], [0, 0, "first_item_prototype", false]]));
        expect(list.classList.contains("flet-fixed-extent")).toBe(false);
        expect(list.style.getPropertyValue("--flet-item-extent")).toBe("");
    });

    it("report scrolling as Flutter's notifications: start, user, updates with deltas, end, then idle", async () => {
        const { root, app } = await startWith([
            { _c: "ListView", _i: 30, on_scroll: true, scroll_interval: 0, controls: [text(31, "a")] },
        ]);
        await loaded();
        const list = byId(root, 30);
        extent(list, 100, 500);
        scrollTo(list, 40);
        vi.advanceTimersByTime(1);
        scrollTo(list, 30);
        vi.advanceTimersByTime(200);

        const base = { min_scroll_extent: 0, max_scroll_extent: 400, viewport_dimension: 100 };
        expect(scrollEvents(app.take())).toEqual([
            { event_type: "start", pixels: 40, ...base },
            { event_type: "user", pixels: 40, ...base, direction: "forward" },
            { event_type: "update", pixels: 40, ...base, scroll_delta: 40 },
            { event_type: "user", pixels: 30, ...base, direction: "reverse" },
            { event_type: "update", pixels: 30, ...base, scroll_delta: -10 },
            { event_type: "end", pixels: 30, ...base },
            { event_type: "user", pixels: 30, ...base, direction: "idle" },
        ]);
    });

    it("send each event type at most once per scroll_interval, and nothing without on_scroll", async () => {
        const { root, app } = await startWith([
            { _c: "ListView", _i: 30, on_scroll: true, scroll_interval: 50 },
            { _c: "Column", _i: 40, scroll: "auto" },
        ]);
        await loaded();
        const list = byId(root, 30);
        extent(list, 100, 500);
        // At 0, 11, 22, 33, 44 and 55 ms: only the first and the one more than 50 ms later go out.
        for (let top = 10; top <= 60; top += 10) {
            scrollTo(list, top);
            vi.advanceTimersByTime(11);
        }
        const updates = scrollEvents(app.take()).filter((d) => d.event_type === "update");
        expect(updates.map((d) => d.pixels)).toEqual([10, 60]);

        const column = byId(root, 40);
        expect(column.dataset.scroll).toBe("auto");
        extent(column, 100, 300);
        scrollTo(column, 50);
        vi.advanceTimersByTime(200);
        expect(app.take().filter((m) => m.body.target === 40)).toEqual([]);
    });

    it("report a wheel past the end as overscroll", async () => {
        const { root, app } = await startWith([{ _c: "ListView", _i: 30, on_scroll: true }]);
        await loaded();
        const list = byId(root, 30);
        extent(list, 100, 500);
        list.dispatchEvent(new WheelEvent("wheel", { deltaY: -30 }));
        expect(scrollEvents(app.take())).toEqual([
            {
                event_type: "overscroll",
                pixels: 0,
                min_scroll_extent: 0,
                max_scroll_extent: 400,
                viewport_dimension: 100,
                overscroll: -30,
                velocity: 0,
            },
        ]);
    });

    it("auto_scroll keeps the end in view when children arrive; scroll_to answers the backend", async () => {
        const { root, app } = await startWith([{ _c: "ListView", _i: 30, auto_scroll: true, controls: [] }]);
        const list = byId(root, 30);
        extent(list, 100, 500);
        app.onMessage(
            patch(30, [
                [0, { controls: [1] }],
                [1, 1, 0, text(31, "new")],
            ]),
        );
        await loaded();
        expect(list.scrollTop).toBe(400);

        app.onMessage(patch(30, [[0], [0, 0, "auto_scroll", false]]));
        app.onMessage(encodeFrame(5, { control_id: 30, call_id: "c1", name: "scroll_to", args: { offset: 120 } }));
        await loaded();
        expect(list.scrollTop).toBe(120);
        expect(app.take()).toEqual([{ action: 5, body: { control_id: 30, call_id: "c1", result: null, error: null } }]);

        app.onMessage(encodeFrame(5, { control_id: 30, call_id: "c2", name: "scroll_to", args: {} }));
        await loaded();
        expect(app.take()).toEqual([
            {
                action: 5,
                body: {
                    control_id: 30,
                    call_id: "c2",
                    result: null,
                    error: "ListView(30).scroll_to needs an offset, a delta or a scroll_key",
                },
            },
        ]);
    });
});

describe("scroll helpers", () => {
    it("scrollTarget: negative offsets count from the end, deltas move from here, both clamp", () => {
        expect(scrollTarget({ offset: -1 }, 10, 400)).toBe(400);
        expect(scrollTarget({ offset: -101 }, 10, 400)).toBe(300);
        expect(scrollTarget({ offset: 900 }, 10, 400)).toBe(400);
        expect(scrollTarget({ delta: -50 }, 10, 400)).toBe(0);
        expect(scrollTarget({ delta: 50 }, 10, 400)).toBe(60);
        expect(scrollTarget({}, 10, 400)).toBeNull();
    });

    it("throttleAllows lets one event per type through per interval", () => {
        const sent = {};
        expect(throttleAllows(sent, "update", 100, 10)).toBe(true);
        expect(throttleAllows(sent, "update", 105, 10)).toBe(false);
        expect(throttleAllows(sent, "end", 105, 10)).toBe(true);
        expect(throttleAllows(sent, "update", 111, 10)).toBe(true);
    });

    it("metrics measure a reversed list from its start", () => {
        const el = document.createElement("div");
        extent(el, 100, 300);
        el.scrollTop = -50;
        expect(metrics(el, false)).toEqual({ pixels: 50, max: 200, viewport: 100 });
    });
});
