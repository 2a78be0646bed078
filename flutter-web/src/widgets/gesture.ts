// GestureDetector (flet-protocol.md §5.2): pointer events on a box around its content, reported as Flet's client
// reports them (data maps in gesture-data.ts). A press that stays within the tap slop is a tap; held 500 ms it is
// a long press; moved past a slop it goes to the drag recognizer that wins (gesture-data.ts dragWinner). Only
// events with an `on_<name>: true` subscription are sent (§3.7). With on_tap the box is also a button for the
// keyboard (Enter and Space tap its centre).
import type { Widget, WidgetDef } from "../render/widget";
import { part } from "./parts";
import { enumSetter } from "./text";
import { CURSORS } from "../values/cursor";
import {
    type Axis,
    type XY,
    dragEndData,
    dragStartData,
    dragUpdateData,
    dragWinner,
    kindOf,
    LONG_PRESS_MS,
    longPressEndData,
    longPressStartData,
    pointerData,
    releaseVelocity,
    scrollData,
    TAP_SLOP,
    tapData,
} from "./gesture-data";

interface Press {
    id: number;
    kind: string;
    startGlobal: XY;
    startLocal: XY;
    down: ReturnType<typeof tapData>;
    axis: Axis | null;
    tapCancelled: boolean;
    longPressed: boolean;
    timer: ReturnType<typeof setTimeout> | undefined;
    lastLocal: XY;
    lastGlobal: XY;
    samples: { t: number; x: number; y: number }[];
}

const has = (w: Widget, name: string) => w.prop(`on_${name}`) === true;
const hasAny = (w: Widget, ...names: string[]) => names.some((n) => has(w, n));
const send = (w: Widget, name: string, data: unknown = null) => w.renderer.context.trigger(w.control, name, data);
const AXES: Axis[] = ["pan", "horizontal_drag", "vertical_drag"];
const offers = (w: Widget, axis: Axis) => hasAny(w, `${axis}_start`, `${axis}_update`, `${axis}_end`);
const LONG_PRESS = ["long_press", "long_press_start", "long_press_end", "long_press_up"];
const TAPS = ["tap", "tap_down", "tap_up", "tap_cancel"];

function local(w: Widget, e: MouseEvent): XY {
    const r = w.el.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
}

const globalOf = (e: MouseEvent): XY => ({ x: e.clientX, y: e.clientY });

/** The pointer's device is one the detector listens to (allowed_devices; all when unset). */
function allowed(w: Widget, e: PointerEvent | MouseEvent): boolean {
    const devices = w.prop("allowed_devices");
    return !Array.isArray(devices) || devices.includes(kindOf((e as PointerEvent).pointerType ?? "mouse"));
}

/** Sends at most one event per `interval` ms (drag_interval, hover_interval); 0 sends every one. */
function throttled(w: Widget, key: string, intervalProp: string): boolean {
    const interval = Number(w.prop(intervalProp) ?? 0) || 0;
    const now = Date.now();
    if (interval > 0 && now - (w.parts[key] ?? -Infinity) <= interval) return false;
    w.parts[key] = now;
    return true;
}

// The innermost detector that recognizes presses takes a pointer sequence, as the innermost Flutter gesture wins.
const claimed = new WeakSet<Event>();
const claim = (e: Event) => (claimed.has(e) ? false : (claimed.add(e), true));

function onDown(w: Widget, e: PointerEvent): void {
    if (e.pointerType === "touch") trackTouch(w, e.pointerId, true);
    if (w.effectivelyDisabled || !allowed(w, e) || (e.pointerType === "mouse" && e.button !== 0) || w.parts.press)
        return;
    const pressing = hasAny(w, ...TAPS, ...LONG_PRESS) || AXES.some((a) => offers(w, a));
    if (!pressing || !claim(e)) return;
    const l = local(w, e);
    const kind = kindOf(e.pointerType);
    const press: Press = {
        id: e.pointerId,
        kind,
        startGlobal: globalOf(e),
        startLocal: l,
        down: tapData(kind, l, globalOf(e)),
        axis: null,
        tapCancelled: false,
        longPressed: false,
        timer: undefined,
        lastLocal: l,
        lastGlobal: globalOf(e),
        samples: [{ t: e.timeStamp, x: e.clientX, y: e.clientY }],
    };
    w.parts.press = press;
    send(w, "tap_down", press.down);
    if (hasAny(w, ...LONG_PRESS)) {
        press.timer = setTimeout(() => {
            press.longPressed = true;
            // The long press wins Flutter's arena, so the tap that began is cancelled.
            if (!press.tapCancelled) ((press.tapCancelled = true), send(w, "tap_cancel"));
            send(w, "long_press_start", longPressStartData(press.lastLocal, press.lastGlobal));
            send(w, "long_press");
        }, LONG_PRESS_MS);
    }
    w.el.setPointerCapture?.(e.pointerId);
}

function onMove(w: Widget, e: PointerEvent): void {
    const press: Press | undefined = w.parts.press;
    if (!press || press.id !== e.pointerId) return onHover(w, e);
    const l = local(w, e);
    press.samples.push({ t: e.timeStamp, x: e.clientX, y: e.clientY });
    if (press.samples.length > 20) press.samples.shift();
    const dx = e.clientX - press.startGlobal.x;
    const dy = e.clientY - press.startGlobal.y;
    if (!press.tapCancelled && Math.hypot(dx, dy) > TAP_SLOP) {
        press.tapCancelled = true;
        if (!press.longPressed) {
            clearTimeout(press.timer);
            send(w, "tap_cancel");
        }
    }
    if (press.longPressed) {
        [press.lastLocal, press.lastGlobal] = [l, globalOf(e)];
        return;
    }
    if (!press.axis) {
        const offered = {
            pan: offers(w, "pan"),
            horizontal_drag: offers(w, "horizontal_drag"),
            vertical_drag: offers(w, "vertical_drag"),
        };
        press.axis = dragWinner(offered, dx, dy, e.pointerType === "mouse");
        if (!press.axis) return;
        clearTimeout(press.timer);
        if (!press.tapCancelled) ((press.tapCancelled = true), send(w, "tap_cancel"));
        send(w, `${press.axis}_start`, dragStartData(press.kind, press.startLocal, press.startGlobal, e.timeStamp));
    }
    if (!throttled(w, "dragAt", "drag_interval")) return;
    // As Flet's client: a pan's global delta counts from the pan's start, a drag's from its previous update.
    const globalFrom = press.axis === "pan" ? press.startGlobal : press.lastGlobal;
    send(
        w,
        `${press.axis}_update`,
        dragUpdateData(press.axis, l, globalOf(e), press.lastGlobal, globalFrom, e.timeStamp),
    );
    [press.lastLocal, press.lastGlobal] = [l, globalOf(e)];
}

function onUp(w: Widget, e: PointerEvent, cancelled: boolean): void {
    const press: Press | undefined = w.parts.press;
    if (press && press.id === e.pointerId) endPress(w, press, e, cancelled);
    if (e.pointerType === "touch") trackTouch(w, e.pointerId, false);
}

function endPress(w: Widget, press: Press, e: PointerEvent, cancelled: boolean): void {
    w.parts.press = undefined;
    clearTimeout(press.timer);
    const l = local(w, e);
    const v = releaseVelocity(press.samples, e.timeStamp);
    if (press.axis) {
        if (cancelled) send(w, `${press.axis}_cancel`);
        else send(w, `${press.axis}_end`, dragEndData(press.axis, l, globalOf(e), v));
    } else if (press.longPressed) {
        send(w, "long_press_end", longPressEndData(l, globalOf(e), v));
        send(w, "long_press_up");
    } else if (cancelled) {
        if (!press.tapCancelled) send(w, "tap_cancel");
    } else if (!press.tapCancelled) {
        send(w, "tap_up", tapData(press.kind, l, globalOf(e)));
        send(w, "tap", press.down);
    }
}

/** Fingers down together; when the last lifts after two or more, that was a multi-tap (multi_tap_touches). */
function trackTouch(w: Widget, id: number, down: boolean): void {
    const touches: Set<number> = (w.parts.touches ??= new Set());
    if (down) {
        touches.add(id);
        w.parts.mostTouches = Math.max(w.parts.mostTouches ?? 0, touches.size);
        return;
    }
    touches.delete(id);
    if (touches.size || (w.parts.mostTouches ?? 0) < 2) return;
    const wanted = Number(w.prop("multi_tap_touches") ?? 0) || 0;
    send(w, "multi_tap", { ct: w.parts.mostTouches >= wanted });
    w.parts.mostTouches = 0;
}

function onHover(w: Widget, e: PointerEvent): void {
    if (e.buttons || e.pointerType === "touch" || !allowed(w, e) || !has(w, "hover")) return;
    if (!throttled(w, "hoverAt", "hover_interval")) return;
    const l = local(w, e);
    send(w, "hover", pointerData(e, l, w.parts.hoverFrom ?? null));
    w.parts.hoverFrom = l;
}

function install(w: Widget, el: HTMLElement): void {
    el.addEventListener("pointerdown", (e) => onDown(w, e));
    el.addEventListener("pointermove", (e) => onMove(w, e));
    el.addEventListener("pointerup", (e) => onUp(w, e, false));
    el.addEventListener("pointercancel", (e) => onUp(w, e, true));
    // A press whose capture is lost without a pointerup (the element left the page, the window lost focus) ends.
    el.addEventListener("lostpointercapture", (e) => w.parts.press?.id === e.pointerId && onUp(w, e, true));
    el.addEventListener("pointerenter", (e) => {
        if (e.pointerType === "touch" || !allowed(w, e)) return;
        w.parts.hoverFrom = local(w, e);
        send(w, "enter", pointerData(e, local(w, e), null));
    });
    el.addEventListener("pointerleave", (e) => {
        if (e.pointerType !== "touch" && allowed(w, e)) send(w, "exit", pointerData(e, local(w, e), null));
    });
    el.addEventListener("dblclick", (e) => {
        if (!w.effectivelyDisabled && has(w, "double_tap") && allowed(w, e) && claim(e)) send(w, "double_tap");
    });
    el.addEventListener("contextmenu", (e) => {
        if (w.effectivelyDisabled || !hasAny(w, "secondary_tap", "secondary_tap_down", "secondary_tap_up") || !claim(e))
            return;
        // The app handles the secondary tap instead of the browser's menu.
        e.preventDefault();
        const data = tapData(kindOf((e as PointerEvent).pointerType || "mouse"), local(w, e), globalOf(e));
        send(w, "secondary_tap_down", data);
        send(w, "secondary_tap_up", data);
        send(w, "secondary_tap");
    });
    el.addEventListener("wheel", (e) => {
        if (has(w, "scroll") && claim(e))
            send(w, "scroll", scrollData(e, local(w, e), w.renderer.doc.defaultView?.innerHeight ?? 0));
    });
}

/** With on_tap the box is a button: focusable, and Enter or Space taps its centre. */
function refreshRole(w: Widget): void {
    const tappable = has(w, "tap") && w.prop("exclude_from_semantics") !== true;
    if (tappable) {
        w.el.setAttribute("role", "button");
        w.el.tabIndex = w.effectivelyDisabled ? -1 : 0;
    } else {
        w.el.removeAttribute("role");
        w.el.removeAttribute("tabindex");
    }
}

/** Touch scrolling stays with the browser except along the axes the detector drags; drags select no text. */
function refreshTouchAction(w: Widget): void {
    const [h, v] = [offers(w, "horizontal_drag"), offers(w, "vertical_drag")];
    const all = offers(w, "pan") || (h && v);
    w.el.style.touchAction = all ? "none" : h ? "pan-y" : v ? "pan-x" : "";
    w.el.style.userSelect = all || h || v ? "none" : "";
}

function keyTap(w: Widget, e: Event): void {
    const key = (e as KeyboardEvent).key;
    if (e.target !== w.el || w.el.getAttribute("role") !== "button" || (key !== "Enter" && key !== " ")) return;
    e.preventDefault();
    const r = w.el.getBoundingClientRect();
    const centre = { x: r.width / 2, y: r.height / 2 };
    send(w, "tap", tapData(null, centre, { x: r.left + centre.x, y: r.top + centre.y }));
}

const props: WidgetDef["props"] = {
    content: (w, v) => {
        const el = w.renderer.setSlot(w, "content", v);
        if (el && el.parentNode !== w.el) w.el.prepend(el);
    },
    on_tap: refreshRole,
    exclude_from_semantics: refreshRole,
    mouse_cursor: enumSetter(CURSORS, (w, css) => (w.el.style.cursor = css), "mouse_cursor"),
};
for (const axis of AXES)
    for (const phase of ["start", "update", "end"]) props[`on_${axis}_${phase}`] = refreshTouchAction;

export const GESTURE_DETECTOR: WidgetDef = {
    mainSlot: "content",
    create: (w) => {
        const el = part(w, "flet-gesture");
        install(w, el);
        return el;
    },
    props,
    events: { keydown: keyTap },
    setDisabled: refreshRole,
};

export const DEFS = { GestureDetector: GESTURE_DETECTOR };
