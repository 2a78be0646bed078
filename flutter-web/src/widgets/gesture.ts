// GestureDetector (flet-protocol.md §5.2): pointer events on a box around its content, reported with the
// short keys of Flet's client (DART/utils/events.dart): k kind, l local and g global position, ld/gd
// deltas, ts timestamp (microseconds). A press that does not move past the slop is a tap; held 500 ms it
// is a long press; moved past the slop it is a pan (and a horizontal/vertical drag). With on_tap the box
// is also a button for the keyboard (Enter and Space tap it).
import type { Widget, WidgetDef } from "../render/widget";
import { f64, type Float64 } from "../protocol/msgpack";
import { part } from "./parts";
import { enumSetter } from "./text";

type Point = { x: Float64; y: Float64 };
const pt = (x: number, y: number): Point => ({ x: f64(x), y: f64(y) });
const nullPoint = { x: null, y: null };

const KIND: Record<string, string> = { mouse: "mouse", touch: "touch", pen: "stylus" };
const LONG_PRESS_MS = 500;
// Flutter's kTouchSlop and pan slops: a precise pointer (mouse) pans after 2 px, a finger after 36.
const TAP_SLOP = 18;
const panSlop = (e: PointerEvent) => (e.pointerType === "mouse" ? 2 : 36);

interface Press {
    id: number;
    start: { x: number; y: number };
    local0: { x: number; y: number };
    down: Record<string, unknown>;
    panning: boolean;
    longPressed: boolean;
    timer: ReturnType<typeof setTimeout> | undefined;
    lastLocal: { x: number; y: number };
    lastTime: number;
}

const has = (w: Widget, name: string) => w.prop(`on_${name}`) === true;
const send = (w: Widget, name: string, data: unknown = null) => w.renderer.context.trigger(w.control, name, data);

function local(w: Widget, e: MouseEvent): { x: number; y: number } {
    const r = w.el.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
}

const ts = (e: Event) => Math.round(e.timeStamp * 1000);

/** TapDownDetails / TapUpDetails. */
function tapData(w: Widget, e: PointerEvent): Record<string, unknown> {
    const l = local(w, e);
    return { k: KIND[e.pointerType] ?? "unknown", l: pt(l.x, l.y), g: pt(e.clientX, e.clientY) };
}

/** PointerEvent.toMap: hover, enter and exit. */
function pointerData(w: Widget, e: PointerEvent, previous?: { x: number; y: number }): Record<string, unknown> {
    const l = local(w, e);
    return {
        k: KIND[e.pointerType] ?? "mouse",
        l: pt(l.x, l.y),
        g: pt(e.clientX, e.clientY),
        ts: ts(e),
        dev: e.pointerId ?? 0,
        ps: f64(e.pressure ?? 0),
        pMin: f64(0),
        pMax: f64(1),
        dist: f64(0),
        distMax: f64(0),
        size: f64(0),
        rMj: f64((e.width ?? 0) / 2),
        rMn: f64((e.height ?? 0) / 2),
        rMin: f64(0),
        rMax: f64(0),
        or: f64(0),
        tilt: f64(e.tiltX ?? 0),
        ld: previous ? pt(l.x - previous.x, l.y - previous.y) : nullPoint,
    };
}

function throttled(w: Widget, key: string, prop: string): boolean {
    const interval = Number(w.prop(prop) ?? 0) || 0;
    const now = Date.now();
    if (now - (w.parts[key] ?? 0) <= interval) return false;
    w.parts[key] = now;
    return true;
}

function onDown(w: Widget, e: PointerEvent): void {
    if (w.disabled || (e.pointerType === "mouse" && e.button !== 0)) return;
    const l = local(w, e);
    const down = tapData(w, e);
    const press: Press = {
        id: e.pointerId,
        start: { x: e.clientX, y: e.clientY },
        local0: l,
        down,
        panning: false,
        longPressed: false,
        timer: undefined,
        lastLocal: l,
        lastTime: e.timeStamp,
    };
    w.parts.press = press;
    if (has(w, "tap_down")) send(w, "tap_down", down);
    if (has(w, "long_press_start") || has(w, "long_press") || has(w, "long_press_end")) {
        press.timer = setTimeout(() => {
            press.longPressed = true;
            send(w, "long_press_start", { l: down.l, g: down.g });
            send(w, "long_press");
        }, LONG_PRESS_MS);
    }
    w.el.setPointerCapture?.(e.pointerId);
}

function onMove(w: Widget, e: PointerEvent): void {
    const press: Press | undefined = w.parts.press;
    if (!press || press.id !== e.pointerId) {
        if (!e.buttons && has(w, "hover") && throttled(w, "hoverAt", "hover_interval")) {
            const data = pointerData(w, e, w.parts.hoverFrom);
            w.parts.hoverFrom = local(w, e);
            send(w, "hover", data);
        }
        return;
    }
    const dx = e.clientX - press.start.x;
    const dy = e.clientY - press.start.y;
    const distance = Math.hypot(dx, dy);
    if (distance > TAP_SLOP) clearTimeout(press.timer);
    const l = local(w, e);
    if (!press.panning && !press.longPressed && distance > panSlop(e)) {
        press.panning = true;
        const start = {
            k: KIND[e.pointerType] ?? "unknown",
            l: pt(press.local0.x, press.local0.y),
            g: pt(press.start.x, press.start.y),
            ts: ts(e),
        };
        send(w, "pan_start", start);
        if (Math.abs(dx) >= Math.abs(dy)) send(w, "horizontal_drag_start", start);
        else send(w, "vertical_drag_start", start);
    }
    if (!press.panning || !throttled(w, "dragAt", "drag_interval")) return;
    // As Flet's client: ld from the last reported local position, gd from where the pan started.
    const update = (primary: number | null) => ({
        l: pt(l.x, l.y),
        g: pt(e.clientX, e.clientY),
        ld: pt(l.x - press.lastLocal.x, l.y - press.lastLocal.y),
        gd: pt(e.clientX - press.start.x, e.clientY - press.start.y),
        pd: primary === null ? null : f64(primary),
        ts: ts(e),
    });
    send(w, "pan_update", update(null));
    send(w, "horizontal_drag_update", update(l.x - press.lastLocal.x));
    send(w, "vertical_drag_update", update(l.y - press.lastLocal.y));
    press.lastLocal = l;
    press.lastTime = e.timeStamp;
}

function onUp(w: Widget, e: PointerEvent, cancelled: boolean): void {
    const press: Press | undefined = w.parts.press;
    if (!press || press.id !== e.pointerId) return;
    w.parts.press = undefined;
    clearTimeout(press.timer);
    const l = local(w, e);
    if (press.panning) {
        const end = { l: pt(l.x, l.y), g: pt(e.clientX, e.clientY), v: pt(0, 0), pv: null };
        send(w, cancelled ? "pan_cancel" : "pan_end", cancelled ? null : end);
        send(w, "horizontal_drag_end", end);
        send(w, "vertical_drag_end", end);
    } else if (press.longPressed) {
        send(w, "long_press_end", { l: pt(l.x, l.y), g: pt(e.clientX, e.clientY), v: pt(0, 0) });
        send(w, "long_press_up");
    } else if (cancelled) {
        send(w, "tap_cancel");
    } else {
        if (has(w, "tap_up")) send(w, "tap_up", tapData(w, e));
        send(w, "tap", press.down);
    }
}

function install(w: Widget, el: HTMLElement): void {
    el.addEventListener("pointerdown", (e) => onDown(w, e));
    el.addEventListener("pointermove", (e) => onMove(w, e));
    el.addEventListener("pointerup", (e) => onUp(w, e, false));
    el.addEventListener("pointercancel", (e) => onUp(w, e, true));
    el.addEventListener("pointerenter", (e) => {
        w.parts.hoverFrom = local(w, e);
        send(w, "enter", pointerData(w, e));
    });
    el.addEventListener("pointerleave", (e) => send(w, "exit", pointerData(w, e)));
    el.addEventListener("dblclick", () => !w.disabled && send(w, "double_tap"));
    el.addEventListener("contextmenu", (e) => {
        if (!has(w, "secondary_tap") && !has(w, "secondary_tap_down") && !has(w, "secondary_tap_up")) return;
        // The app handles the secondary tap instead of the browser's menu.
        e.preventDefault();
        const data = tapData(w, e as PointerEvent);
        send(w, "secondary_tap_down", data);
        send(w, "secondary_tap_up", data);
        send(w, "secondary_tap");
    });
    el.addEventListener("wheel", (e) => {
        if (!has(w, "scroll")) return;
        const l = local(w, e);
        send(w, "scroll", { l: pt(l.x, l.y), g: pt(e.clientX, e.clientY), sd: pt(e.deltaX, e.deltaY) });
    });
}

/** With on_tap the box is a button: focusable, and Enter or Space taps its centre. */
function refreshRole(w: Widget): void {
    const tappable = has(w, "tap") && w.prop("exclude_from_semantics") !== true;
    if (tappable) {
        w.el.setAttribute("role", "button");
        w.el.tabIndex = w.disabled ? -1 : 0;
    } else {
        w.el.removeAttribute("role");
        w.el.removeAttribute("tabindex");
    }
}

const CURSORS: Record<string, string> = {
    basic: "default",
    click: "pointer",
    move: "move",
    grab: "grab",
    grabbing: "grabbing",
    text: "text",
    forbidden: "not-allowed",
    precise: "crosshair",
    wait: "wait",
    progress: "progress",
    help: "help",
    none: "none",
    alias: "alias",
    copy: "copy",
    cell: "cell",
    contextmenu: "context-menu",
    zoomin: "zoom-in",
    zoomout: "zoom-out",
    resizecolumn: "col-resize",
    resizerow: "row-resize",
    resizeleftright: "ew-resize",
    resizeupdown: "ns-resize",
    resizeleft: "w-resize",
    resizeright: "e-resize",
    resizeup: "n-resize",
    resizedown: "s-resize",
    allscroll: "all-scroll",
    defer: "",
};

export const GESTURE_DETECTOR: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-gesture");
        install(w, el);
        return el;
    },
    props: {
        content: (w, v) => {
            const el = w.renderer.setSlot(w, "content", v);
            if (el && el.parentNode !== w.el) w.el.prepend(el);
        },
        on_tap: refreshRole,
        exclude_from_semantics: refreshRole,
        mouse_cursor: enumSetter(CURSORS, (w, css) => (w.el.style.cursor = css), "mouse_cursor"),
    },
    events: {
        keydown: (w, e) => {
            const key = (e as KeyboardEvent).key;
            if (e.target !== w.el || w.el.getAttribute("role") !== "button" || (key !== "Enter" && key !== " ")) return;
            e.preventDefault();
            const r = w.el.getBoundingClientRect();
            const l = pt(r.width / 2, r.height / 2);
            send(w, "tap", { k: null, l, g: pt(r.left + r.width / 2, r.top + r.height / 2) });
        },
    },
    setDisabled: refreshRole,
};

export const DEFS = { GestureDetector: GESTURE_DETECTOR };
