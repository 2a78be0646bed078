// What GestureDetector reports, as pure functions (flet-protocol.md §5.2): the event data maps with the short
// keys of Flet's client (DART/utils/events.dart), which recognizer wins a drag, and the release velocity.
import { durationExt, f64, type ExtValue, type Float64 } from "../protocol/msgpack";

export type XY = { x: number; y: number };
type WirePoint = { x: Float64 | null; y: Float64 | null };

/** Flutter's PointerDeviceKind names for DOM pointer types. */
const KINDS: Record<string, string> = { mouse: "mouse", touch: "touch", pen: "stylus" };
export const kindOf = (pointerType: string | undefined): string => KINDS[pointerType ?? ""] ?? "unknown";

/** A point as Flet sends one: `{x, y}` doubles, or `{x: null, y: null}` when there is none. */
export const point = (p: XY | null): WirePoint => (p ? { x: f64(p.x), y: f64(p.y) } : { x: null, y: null });
const minus = (a: XY, b: XY | null): WirePoint => point(b ? { x: a.x - b.x, y: a.y - b.y } : null);
/** A DOM event time (ms) as Flet's Duration timestamp. */
export const timestamp = (ms: number): ExtValue => durationExt(ms * 1000);

/** TapDownDetails / TapUpDetails.toMap. */
export const tapData = (kind: string | null, local: XY, global: XY) => ({
    k: kind,
    l: point(local),
    g: point(global),
});

/** LongPressStartDetails.toMap. */
export const longPressStartData = (local: XY, global: XY) => ({ l: point(local), g: point(global) });

/** LongPressEndDetails.toMap. */
export const longPressEndData = (local: XY, global: XY, v: XY) => ({ l: point(local), g: point(global), v: point(v) });

/** DragStartDetails.toMap: where the pointer went down. */
export const dragStartData = (kind: string, local: XY, global: XY, ms: number) => ({
    k: kind,
    l: point(local),
    g: point(global),
    ts: timestamp(ms),
});

/** The recognizers a drag can go to; their events are named `<axis>_start`, `<axis>_update`, `<axis>_end`. */
export type Axis = "pan" | "horizontal_drag" | "vertical_drag";

/**
 * DragUpdateDetails.toMap: `ld` is the pointer's move since the previous update sent (measured in page pixels, so
 * it stays right while the app moves the detector under the pointer), `gd` the move from `globalFrom` (as in Flet's
 * client: the pan's start for a pan, the previous update for a drag), `pd` the move along a drag's axis.
 */
export function dragUpdateData(axis: Axis, local: XY, global: XY, lastGlobal: XY, globalFrom: XY, ms: number) {
    const [dx, dy] = [global.x - lastGlobal.x, global.y - lastGlobal.y];
    const pd = axis === "horizontal_drag" ? dx : axis === "vertical_drag" ? dy : null;
    return {
        l: point(local),
        g: point(global),
        ld: point({ x: dx, y: dy }),
        gd: minus(global, globalFrom),
        pd: pd === null ? null : f64(pd),
        ts: timestamp(ms),
    };
}

/** DragEndDetails.toMap: a drag's velocity lies along its axis, and only a drag has a primary velocity. */
export function dragEndData(axis: Axis, local: XY, global: XY, v: XY) {
    const along = axis === "horizontal_drag" ? { x: v.x, y: 0 } : axis === "vertical_drag" ? { x: 0, y: v.y } : v;
    const pv = axis === "horizontal_drag" ? v.x : axis === "vertical_drag" ? v.y : null;
    return { l: point(local), g: point(global), v: point(along), pv: pv === null ? null : f64(pv) };
}

/** PointerEvent.toMap (hover, enter, exit): `ld` from the previous hover sent, none on enter and exit. */
export function pointerData(e: PointerEvent, local: XY, previous: XY | null) {
    return {
        k: kindOf(e.pointerType),
        l: point(local),
        g: point({ x: e.clientX, y: e.clientY }),
        ts: timestamp(e.timeStamp),
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
        tilt: f64(((e.tiltX ?? 0) * Math.PI) / 180),
        ld: minus(local, previous),
    };
}

/** ScrollEvent data: the wheel's delta in logical pixels (a line counts 16, a page the viewport height). */
export function scrollData(e: WheelEvent, local: XY, pageHeight: number) {
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? pageHeight : 1;
    return {
        l: point(local),
        g: point({ x: e.clientX, y: e.clientY }),
        sd: point({ x: e.deltaX * unit, y: e.deltaY * unit }),
    };
}

// Flutter's slops (gestures/constants.dart): a tap ends past kTouchSlop; a precise pointer (mouse) starts a drag
// after 1 px and a pan after 2, a finger after 18 and 36.
export const TAP_SLOP = 18;
export const LONG_PRESS_MS = 500;

/**
 * Which recognizer wins a moving press, as in Flutter's gesture arena: a drag along the axis whose slop is passed
 * first, else a pan once the whole move passes the pan slop; null while none has won.
 */
export function dragWinner(offered: Record<Axis, boolean>, dx: number, dy: number, precise: boolean): Axis | null {
    const slop = precise ? 1 : TAP_SLOP;
    if (offered.horizontal_drag && Math.abs(dx) > slop && Math.abs(dx) >= Math.abs(dy)) return "horizontal_drag";
    if (offered.vertical_drag && Math.abs(dy) > slop) return "vertical_drag";
    if (offered.horizontal_drag && Math.abs(dx) > slop) return "horizontal_drag";
    if (offered.pan && Math.hypot(dx, dy) > (precise ? 2 : TAP_SLOP * 2)) return "pan";
    return null;
}

type Sample = { t: number; x: number; y: number };

/**
 * The release velocity in logical pixels per second from the moves of the last 100 ms, as Flutter's
 * VelocityTracker; zero when the pointer rested 40 ms before lifting or moved slower than a fling (50 px/s),
 * clamped to 8000 px/s.
 */
export function releaseVelocity(samples: Sample[], upAt: number): XY {
    const last = samples[samples.length - 1];
    if (!last || upAt - last.t > 40) return { x: 0, y: 0 };
    const first = samples.find((s) => last.t - s.t <= 100) ?? last;
    const dt = (last.t - first.t) / 1000;
    if (dt <= 0) return { x: 0, y: 0 };
    const v = { x: (last.x - first.x) / dt, y: (last.y - first.y) / dt };
    const speed = Math.hypot(v.x, v.y);
    if (speed < 50) return { x: 0, y: 0 };
    const scale = speed > 8000 ? 8000 / speed : 1;
    return { x: v.x * scale, y: v.y * scale };
}
