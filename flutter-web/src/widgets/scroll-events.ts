// Scrolling behaviour of the scrollable controls (flet-protocol.md §5.1), loaded as its own chunk the first time
// an app listens to on_scroll, turns on auto_scroll or calls scroll_to (scrollable.ts). The browser scrolls the
// element; this reports it as Flutter's scroll notifications (`scroll` events with event_type start, user,
// update, end, overscroll, each type at most once per scroll_interval ms), scrolls to the end for auto_scroll,
// and answers the scroll_to method.
import { f64 } from "../protocol/msgpack";
import { numberProp } from "../render/base-props";
import type { Widget } from "../render/widget";
import { parseDuration } from "../values/animation";
import { isNumber } from "../values/geometry";
import type { ScrollAxis } from "./scrollable";
import { getData } from "../render/classes";

/** Flutter ends a scroll when the position settles; the browser has no such signal everywhere. */
const SETTLE_MS = 120;

type Direction = "idle" | "forward" | "reverse";

interface ScrollState {
    /** Offset at the last scroll event, in Flutter's terms (0 at the list's start, also when reversed). */
    last: number;
    /** When each event type was last sent, for scroll_interval. */
    sent: Record<string, number>;
    direction: Direction;
    scrolling: boolean;
    settle: ReturnType<typeof setTimeout> | undefined;
    /** True while scroll_to moves the list: no `user` notifications then, as in Flutter. */
    programmatic: boolean;
    animation: number | undefined;
}

const state = (w: Widget): ScrollState =>
    (w.parts.scroll ??= {
        last: 0,
        sent: {},
        direction: "idle",
        scrolling: false,
        settle: undefined,
        programmatic: false,
        animation: undefined,
    });

/** Scroll metrics as Flutter reports them: pixels from the start, extents, and the viewport's length. */
export function metrics(el: HTMLElement, horizontal: boolean): { pixels: number; max: number; viewport: number } {
    const raw = horizontal ? el.scrollLeft : el.scrollTop;
    const viewport = horizontal ? el.clientWidth : el.clientHeight;
    const max = Math.max(0, (horizontal ? el.scrollWidth : el.scrollHeight) - viewport);
    // A reversed list (column-reverse) starts at 0 and scrolls to negative offsets.
    return { pixels: Math.abs(raw), max, viewport };
}

/** Whether an event of `type` may be sent at `now` under scroll_interval (Flutter's per-type throttle). */
export function throttleAllows(sent: Record<string, number>, type: string, now: number, interval: number): boolean {
    const last = sent[type];
    if (last !== undefined && now - last <= interval) return false;
    sent[type] = now;
    return true;
}

function send(w: Widget, axis: ScrollAxis, type: string, extra: Record<string, unknown> = {}): void {
    if (w.prop("on_scroll") !== true) return;
    const interval = numberProp(w, "scroll_interval", w.prop("scroll_interval")) ?? 10;
    if (!throttleAllows(state(w).sent, type, Date.now(), interval)) return;
    const m = metrics(axis.box(w), axis.horizontal(w));
    w.renderer.context.trigger(w.control, "scroll", {
        event_type: type,
        pixels: f64(m.pixels),
        min_scroll_extent: f64(0),
        max_scroll_extent: f64(m.max),
        viewport_dimension: f64(m.viewport),
        ...extra,
    });
}

function userDirection(w: Widget, axis: ScrollAxis, direction: Direction): void {
    const s = state(w);
    if (s.programmatic || s.direction === direction) return;
    s.direction = direction;
    send(w, axis, "user", { direction });
}

function onScroll(w: Widget, axis: ScrollAxis): void {
    const s = state(w);
    const { pixels } = metrics(axis.box(w), axis.horizontal(w));
    const delta = pixels - s.last;
    s.last = pixels;
    if (!s.scrolling) {
        s.scrolling = true;
        send(w, axis, "start");
    }
    if (delta !== 0) userDirection(w, axis, delta > 0 ? "forward" : "reverse");
    send(w, axis, "update", { scroll_delta: f64(delta) });
    clearTimeout(s.settle);
    s.settle = setTimeout(() => {
        s.scrolling = false;
        send(w, axis, "end");
        userDirection(w, axis, "idle");
    }, SETTLE_MS);
}

/** A wheel that pushes past an end reports `overscroll`, as Flutter's OverscrollNotification. */
function onWheel(w: Widget, axis: ScrollAxis, e: WheelEvent): void {
    const horizontal = axis.horizontal(w);
    const delta = horizontal ? e.deltaX || e.deltaY : e.deltaY;
    const { pixels, max } = metrics(axis.box(w), horizontal);
    const reversed = w.prop("reverse") === true;
    const forward = reversed ? -delta : delta;
    if ((forward < 0 && pixels <= 0) || (forward > 0 && pixels >= max)) {
        send(w, axis, "overscroll", { overscroll: f64(forward), velocity: f64(0) });
    }
}

/** Listens to the scroll box once; the listeners only send while on_scroll is true. */
export function listen(w: Widget, axis: ScrollAxis): void {
    if (w.parts.scrollListening) return;
    w.parts.scrollListening = true;
    const box = axis.box(w);
    state(w).last = metrics(box, axis.horizontal(w)).pixels;
    box.addEventListener("scroll", () => onScroll(w, axis), { passive: true });
    box.addEventListener("wheel", (e) => onWheel(w, axis, e), { passive: true });
}

/** Scrolls `box` to `target` pixels from the start over `ms` milliseconds (ease in-out), or at once. */
function animateTo(w: Widget, axis: ScrollAxis, target: number, ms: number): void {
    const s = state(w);
    const box = axis.box(w);
    const horizontal = axis.horizontal(w);
    const sign = w.prop("reverse") === true ? -1 : 1;
    const put = (pixels: number) => {
        if (horizontal) box.scrollLeft = sign * pixels;
        else box.scrollTop = sign * pixels;
    };
    const win = box.ownerDocument.defaultView;
    if (s.animation !== undefined) win?.cancelAnimationFrame(s.animation);
    s.programmatic = true;
    const done = () => {
        s.animation = undefined;
        // The last scroll event of the move arrives after this frame.
        setTimeout(() => (s.programmatic = false), SETTLE_MS);
    };
    const from = metrics(box, horizontal).pixels;
    if (ms <= 0 || !win) {
        put(target);
        return done();
    }
    const start = win.performance.now();
    const step = (now: number) => {
        const t = Math.min(1, (now - start) / ms);
        const eased = t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
        put(from + (target - from) * eased);
        if (t < 1) s.animation = win.requestAnimationFrame(step);
        else done();
    };
    s.animation = win.requestAnimationFrame(step);
}

/** Where scroll_to's arguments point: an absolute offset (negative counts from the end), a delta, or a key. */
export function scrollTarget(args: Record<string, unknown>, pixels: number, max: number): number | null {
    const clamp = (n: number) => Math.min(max, Math.max(0, n));
    if (isNumber(args.offset)) return clamp(args.offset < 0 ? max + args.offset + 1 : args.offset);
    if (isNumber(args.delta)) return clamp(pixels + args.delta);
    return null;
}

/** The scroll_to method: starts the move and answers at once (the move animates on). */
export function scrollTo(w: Widget, axis: ScrollAxis, args: Record<string, unknown>): null {
    const box = axis.box(w);
    const horizontal = axis.horizontal(w);
    const ms = args.duration === undefined || args.duration === null ? 0 : parseDuration(args.duration);
    if (ms === null) throw new Error(`${w.control}.scroll_to: duration ${String(args.duration)} is not a Duration`);
    const key = args.scroll_key ?? args.key;
    if (key !== undefined && key !== null) {
        const name = typeof key === "object" ? (key as Record<string, unknown>).value : key;
        const target = [...box.querySelectorAll<HTMLElement>("[data-key]")].find(
            (e) => getData(e, "key") === String(name),
        );
        if (!target) throw new Error(`${w.control}.scroll_to: no control with key ${String(name)} inside`);
        const along = horizontal ? "left" : "top";
        const offset = target.getBoundingClientRect()[along] - box.getBoundingClientRect()[along];
        const m = metrics(box, horizontal);
        animateTo(w, axis, scrollTarget({ offset: Math.max(0, m.pixels + offset) }, m.pixels, m.max)!, ms);
        return null;
    }
    const m = metrics(box, horizontal);
    const target = scrollTarget(args, m.pixels, m.max);
    if (target === null) throw new Error(`${w.control}.scroll_to needs an offset, a delta or a scroll_key`);
    animateTo(w, axis, target, ms);
    return null;
}

/** Scrolls to the end at once: auto_scroll after the children changed. */
export function scrollToEnd(w: Widget, axis: ScrollAxis): void {
    animateTo(w, axis, metrics(axis.box(w), axis.horizontal(w)).max, 0);
}
