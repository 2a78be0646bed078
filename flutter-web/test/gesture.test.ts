import { afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "../src/protocol/msgpack";
import {
    dragEndData,
    dragUpdateData,
    dragWinner,
    pointerData,
    releaseVelocity,
    scrollData,
    tapData,
    timestamp,
} from "../src/widgets/gesture-data";
import { guardConsole } from "./support/console-guard";
import { byId, startWith } from "./support/app";
import { toHex } from "./support/transcripts";

guardConsole();
afterEach(() => vi.useRealTimers());

/** A wheel event with a position (happy-dom's WheelEvent leaves clientX/clientY out). */
function wheelAt(x: number, y: number, init: WheelEventInit): WheelEvent {
    const e = new WheelEvent("wheel", { bubbles: true, ...init });
    Object.defineProperties(e, { clientX: { value: x }, clientY: { value: y } });
    return e;
}

/** The wire form (what the backend decodes) of a data map. */
const wire = (v: unknown) =>
    JSON.parse(JSON.stringify(v, (_k, x) => (x?.constructor?.name === "Float64" ? x.value : x)));

describe("gesture data (DART/utils/events.dart keys)", () => {
    it("builds tap, drag and end maps with Flet's short keys", () => {
        expect(wire(tapData("mouse", { x: 1, y: 2 }, { x: 11, y: 22 }))).toEqual({
            k: "mouse",
            l: { x: 1, y: 2 },
            g: { x: 11, y: 22 },
        });
        // ld is the move since the previous update (110,105 -> 115,105), gd the move since the pan began at 100,100.
        const pan = dragUpdateData(
            "pan",
            { x: 15, y: 5 },
            { x: 115, y: 105 },
            { x: 110, y: 105 },
            { x: 100, y: 100 },
            2,
        );
        expect(wire({ ...pan, ts: null })).toEqual({
            l: { x: 15, y: 5 },
            g: { x: 115, y: 105 },
            ld: { x: 5, y: 0 },
            gd: { x: 15, y: 5 },
            pd: null,
            ts: null,
        });
        const h = dragUpdateData(
            "horizontal_drag",
            { x: 15, y: 6 },
            { x: 115, y: 106 },
            { x: 110, y: 105 },
            { x: 110, y: 105 },
            2,
        );
        expect(wire([h.ld, h.gd, h.pd])).toEqual([{ x: 5, y: 1 }, { x: 5, y: 1 }, 5]);
        expect(
            wire(dragUpdateData("vertical_drag", { x: 0, y: 9 }, { x: 0, y: 9 }, { x: 0, y: 5 }, { x: 0, y: 5 }, 0).pd),
        ).toBe(4);
        expect(wire(dragEndData("pan", { x: 1, y: 1 }, { x: 2, y: 2 }, { x: 300, y: -40 }))).toEqual({
            l: { x: 1, y: 1 },
            g: { x: 2, y: 2 },
            v: { x: 300, y: -40 },
            pv: null,
        });
        expect(wire(dragEndData("vertical_drag", { x: 1, y: 1 }, { x: 2, y: 2 }, { x: 300, y: -40 }))).toMatchObject({
            v: { x: 0, y: -40 },
            pv: -40,
        });
    });

    it("sends timestamps as Flet's Duration: ext 3 with decimal microseconds", () => {
        // fixext 4 (d6), type 3, "1500" — the form Flet's Dart encoder gives a Duration.
        expect(toHex(encode(timestamp(1.5)))).toBe("d60331353030");
        expect(toHex(encode(timestamp(12.3456)))).toBe("c705033132333436");
    });

    it("reports hover, enter and exit as PointerEvent.toMap", () => {
        const e = new PointerEvent("pointermove", {
            clientX: 30,
            clientY: 40,
            pointerId: 7,
            pointerType: "pen",
            pressure: 0.5,
        });
        const data = wire(pointerData(e, { x: 3, y: 4 }, { x: 1, y: 1 }));
        expect(Object.keys(data)).toEqual(
            "k l g ts dev ps pMin pMax dist distMax size rMj rMn rMin rMax or tilt ld".split(" "),
        );
        expect([data.k, data.l, data.g, data.dev, data.ps, data.ld]).toEqual([
            "stylus",
            { x: 3, y: 4 },
            { x: 30, y: 40 },
            7,
            0.5,
            { x: 2, y: 3 },
        ]);
        expect(wire(pointerData(e, { x: 3, y: 4 }, null)).ld).toEqual({ x: null, y: null });
        const wheel = wheelAt(5, 6, { deltaY: 3, deltaMode: 1 });
        expect(wire(scrollData(wheel, { x: 1, y: 2 }, 800))).toEqual({
            l: { x: 1, y: 2 },
            g: { x: 5, y: 6 },
            sd: { x: 0, y: 48 },
        });
    });

    it("gives a moving press to the recognizer that wins Flutter's arena", () => {
        const all = { pan: true, horizontal_drag: true, vertical_drag: true };
        const panOnly = { pan: true, horizontal_drag: false, vertical_drag: false };
        const hOnly = { pan: false, horizontal_drag: true, vertical_drag: false };
        expect(dragWinner(all, 1, 0, true)).toBeNull(); // within the mouse's 1 px slop
        expect(dragWinner(all, 2, 1, true)).toBe("horizontal_drag");
        expect(dragWinner(all, 1, 2, true)).toBe("vertical_drag");
        expect(dragWinner(panOnly, 1.5, 1.5, true)).toBe("pan");
        expect(dragWinner(panOnly, 20, 20, false)).toBeNull(); // a finger pans after 36 px
        expect(dragWinner(panOnly, 30, 30, false)).toBe("pan");
        expect(dragWinner(hOnly, 0, 50, false)).toBeNull(); // a horizontal drag ignores vertical moves
        expect(dragWinner({ ...hOnly, pan: true }, 0, 50, false)).toBe("pan");
    });

    it("estimates the release velocity, zero below fling speed or after a rest", () => {
        const samples = [
            { t: 0, x: 0, y: 0 },
            { t: 50, x: 25, y: 0 },
            { t: 100, x: 50, y: 10 },
        ];
        expect(releaseVelocity(samples, 110)).toEqual({ x: 500, y: 100 });
        expect(releaseVelocity(samples, 150)).toEqual({ x: 0, y: 0 });
        expect(
            releaseVelocity(
                [
                    { t: 0, x: 0, y: 0 },
                    { t: 100, x: 4, y: 0 },
                ],
                100,
            ),
        ).toEqual({ x: 0, y: 0 });
        expect(
            releaseVelocity(
                [
                    { t: 0, x: 0, y: 0 },
                    { t: 10, x: 1000, y: 0 },
                ],
                10,
            ),
        ).toEqual({ x: 8000, y: 0 });
    });
});

const GD = (props: Record<string, unknown>) => ({
    _c: "GestureDetector",
    _i: 30,
    ...props,
    content: { _c: "Text", _i: 31, value: "box" },
});

async function detector(props: Record<string, unknown>) {
    const started = await startWith([GD(props)]);
    const el = byId(started.root, 30);
    const pointer = (type: string, x: number, y: number, init: PointerEventInit = {}) =>
        el.dispatchEvent(
            new PointerEvent(type, {
                clientX: x,
                clientY: y,
                pointerId: 1,
                pointerType: "mouse",
                bubbles: true,
                ...init,
            }),
        );
    /** The events sent since the last call: [name, data] with data as the backend decodes it. */
    const sent = () => started.app.take().map((m) => [m.body.name, m.body.data]);
    return { ...started, el, pointer, sent };
}

describe("GestureDetector", () => {
    it("taps: tap_down, tap_up, then tap with the down position; only subscribed events are sent", async () => {
        const { pointer, sent } = await detector({ on_tap: true, on_tap_down: true, on_tap_up: true });
        pointer("pointerdown", 10, 20);
        pointer("pointerup", 12, 21);
        expect(sent()).toEqual([
            ["tap_down", { k: "mouse", l: { x: 10, y: 20 }, g: { x: 10, y: 20 } }],
            ["tap_up", { k: "mouse", l: { x: 12, y: 21 }, g: { x: 12, y: 21 } }],
            ["tap", { k: "mouse", l: { x: 10, y: 20 }, g: { x: 10, y: 20 } }],
        ]);
        const only = await detector({ on_tap: true });
        only.pointer("pointerdown", 1, 1);
        only.pointer("pointerup", 1, 1);
        expect(only.sent().map(([name]) => name)).toEqual(["tap"]);
    });

    it("long-presses after 500 ms instead of tapping, and reports the end", async () => {
        vi.useFakeTimers();
        const { pointer, sent } = await detector({
            on_tap: true,
            on_tap_cancel: true,
            on_long_press: true,
            on_long_press_start: true,
            on_long_press_end: true,
        });
        pointer("pointerdown", 5, 6);
        vi.advanceTimersByTime(499);
        expect(sent()).toEqual([]);
        vi.advanceTimersByTime(1);
        expect(sent()).toEqual([
            ["tap_cancel", null],
            ["long_press_start", { l: { x: 5, y: 6 }, g: { x: 5, y: 6 } }],
            ["long_press", null],
        ]);
        pointer("pointerup", 5, 6);
        expect(sent()).toEqual([["long_press_end", { l: { x: 5, y: 6 }, g: { x: 5, y: 6 }, v: { x: 0, y: 0 } }]]);
    });

    it("pans with deltas from the previous update and the pan's start, then ends", async () => {
        const { pointer, sent } = await detector({
            on_pan_start: true,
            on_pan_update: true,
            on_pan_end: true,
            on_tap: true,
        });
        pointer("pointerdown", 10, 10);
        pointer("pointermove", 20, 15);
        pointer("pointermove", 30, 15);
        pointer("pointerup", 30, 15);
        const events = sent();
        expect(events.map(([name]) => name)).toEqual(["pan_start", "pan_update", "pan_update", "pan_end"]);
        expect(events[0][1]).toMatchObject({ k: "mouse", l: { x: 10, y: 10 }, g: { x: 10, y: 10 } });
        expect(typeof events[0][1].ts).toBe("number");
        expect(events[1][1]).toMatchObject({ l: { x: 20, y: 15 }, ld: { x: 10, y: 5 }, gd: { x: 10, y: 5 }, pd: null });
        expect(events[2][1]).toMatchObject({ l: { x: 30, y: 15 }, ld: { x: 10, y: 0 }, gd: { x: 20, y: 5 } });
        expect(events[3][1]).toMatchObject({ l: { x: 30, y: 15 }, pv: null });
    });

    it("gives a horizontal move to a horizontal drag, not to the pan, and throttles updates by drag_interval", async () => {
        vi.useFakeTimers();
        const { pointer, sent } = await detector({
            on_pan_update: true,
            on_horizontal_drag_start: true,
            on_horizontal_drag_update: true,
            on_horizontal_drag_end: true,
            drag_interval: 100,
        });
        pointer("pointerdown", 0, 0);
        pointer("pointermove", 5, 0);
        pointer("pointermove", 9, 1);
        vi.advanceTimersByTime(101);
        pointer("pointermove", 12, 1);
        pointer("pointerup", 12, 1);
        const events = sent();
        expect(events.map(([name]) => name)).toEqual([
            "horizontal_drag_start",
            "horizontal_drag_update",
            "horizontal_drag_update",
            "horizontal_drag_end",
        ]);
        expect(events[2][1]).toMatchObject({ ld: { x: 7, y: 1 }, gd: { x: 7, y: 1 }, pd: 7 });
        expect(events[3][1]).toMatchObject({ v: { y: 0 } });
    });

    it("hovers with deltas throttled by hover_interval, and reports enter and exit", async () => {
        vi.useFakeTimers();
        const { el, pointer, sent } = await detector({
            on_hover: true,
            on_enter: true,
            on_exit: true,
            hover_interval: 50,
        });
        pointer("pointerenter", 1, 1);
        pointer("pointermove", 3, 1);
        pointer("pointermove", 4, 1);
        vi.advanceTimersByTime(51);
        pointer("pointermove", 6, 2);
        pointer("pointerleave", 9, 9);
        const events = sent();
        expect(events.map(([name]) => name)).toEqual(["enter", "hover", "hover", "exit"]);
        expect([events[0][1].ld, events[1][1].ld, events[2][1].ld]).toEqual([
            { x: null, y: null },
            { x: 2, y: 0 },
            { x: 3, y: 1 },
        ]);
        expect(el.getAttribute("role")).toBeNull();
    });

    it("takes right clicks, double clicks, wheel scrolls and the keyboard", async () => {
        const { el, sent } = await detector({
            on_secondary_tap: true,
            on_secondary_tap_down: true,
            on_double_tap: true,
            on_scroll: true,
            on_tap: true,
        });
        const menu = new MouseEvent("contextmenu", { clientX: 4, clientY: 5, bubbles: true, cancelable: true });
        el.dispatchEvent(menu);
        expect(menu.defaultPrevented).toBe(true);
        el.dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
        el.dispatchEvent(wheelAt(1, 2, { deltaY: 100 }));
        el.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
        expect(sent()).toEqual([
            ["secondary_tap_down", { k: "mouse", l: { x: 4, y: 5 }, g: { x: 4, y: 5 } }],
            ["secondary_tap", null],
            ["double_tap", null],
            ["scroll", { l: { x: 1, y: 2 }, g: { x: 1, y: 2 }, sd: { x: 0, y: 100 } }],
            ["tap", { k: null, l: { x: 0, y: 0 }, g: { x: 0, y: 0 } }],
        ]);
        expect([el.getAttribute("role"), el.tabIndex]).toEqual(["button", 0]);
    });

    it("cancels a press whose pointer capture is lost, so the next press works", async () => {
        const { pointer, sent } = await detector({ on_tap: true, on_tap_cancel: true });
        pointer("pointerdown", 1, 1);
        pointer("lostpointercapture", 1, 1);
        pointer("pointerdown", 2, 2);
        pointer("pointerup", 2, 2);
        expect(sent()).toEqual([
            ["tap_cancel", null],
            ["tap", { k: "mouse", l: { x: 2, y: 2 }, g: { x: 2, y: 2 } }],
        ]);
    });

    it("ignores devices outside allowed_devices and reports multi-finger taps", async () => {
        const { pointer, sent } = await detector({
            on_tap: true,
            on_multi_tap: true,
            multi_tap_touches: 2,
            allowed_devices: ["touch"],
        });
        pointer("pointerdown", 1, 1);
        pointer("pointerup", 1, 1);
        expect(sent()).toEqual([]);
        pointer("pointerdown", 1, 1, { pointerType: "touch", pointerId: 1 });
        pointer("pointerdown", 9, 9, { pointerType: "touch", pointerId: 2 });
        pointer("pointerup", 9, 9, { pointerType: "touch", pointerId: 2 });
        pointer("pointerup", 1, 1, { pointerType: "touch", pointerId: 1 });
        expect(sent()).toEqual([
            ["tap", { k: "touch", l: { x: 1, y: 1 }, g: { x: 1, y: 1 } }],
            ["multi_tap", { ct: true }],
        ]);
    });

    it("lets the innermost detector take a press, and leaves touch scrolling on axes it does not drag", async () => {
        const { root, app } = await startWith([
            {
                _c: "GestureDetector",
                _i: 30,
                on_tap: true,
                on_vertical_drag_update: true,
                content: {
                    _c: "GestureDetector",
                    _i: 31,
                    on_tap: true,
                    content: { _c: "Text", _i: 32, value: "inner" },
                },
            },
        ]);
        const inner = byId(root, 31);
        inner.dispatchEvent(new PointerEvent("pointerdown", { pointerId: 1, pointerType: "mouse", bubbles: true }));
        inner.dispatchEvent(new PointerEvent("pointerup", { pointerId: 1, pointerType: "mouse", bubbles: true }));
        expect(app.take().map((m) => [m.body.target, m.body.name])).toEqual([[31, "tap"]]);
        expect([byId(root, 30).style.touchAction, byId(root, 30).style.userSelect]).toEqual(["pan-x", "none"]);
        expect(inner.style.touchAction).toBe("");
    });
});
