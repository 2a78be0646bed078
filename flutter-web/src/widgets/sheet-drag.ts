// BottomSheet.draggable (flet-protocol.md §5.2): the sheet's surface follows a downward drag of the pointer.
// Released past half its height, or flung down faster than 700 px/s, it is dismissed (Flutter's BottomSheet
// close threshold and minimum fling velocity); otherwise it slides back up.
import type { Widget } from "../render/widget";
import { addClass, removeClass } from "../render/classes";

/** Flutter's BottomSheet: _minFlingVelocity and _defaultCloseProgressThreshold. */
const FLING_PX_PER_S = 700;
const CLOSE_FRACTION = 0.5;
/** How far the pointer moves before a press becomes a drag (Flutter's kTouchSlop is 18; a mouse needs less). */
const SLOP_PX = 4;

/** Whether a drag released `dy` px down a sheet `height` px high at `velocity` px/s dismisses it. */
export function dragDismisses(dy: number, height: number, velocity: number): boolean {
    return velocity > FLING_PX_PER_S || (height > 0 && dy > height * CLOSE_FRACTION);
}

interface Drag {
    id: number;
    startY: number;
    dy: number;
    dragging: boolean;
    lastY: number;
    lastT: number;
    velocity: number;
}

function swallow(e: Event): void {
    e.stopPropagation();
    e.preventDefault();
}

/** Makes `surface` (the sheet's) draggable while `w`'s `draggable` is true; `dismiss` closes the sheet. */
export function trackSheetDrag(w: Widget, surface: HTMLElement, dismiss: () => void): void {
    let drag: Drag | null = null;
    surface.addEventListener("pointerdown", (e) => {
        const target = e.target as Element;
        if (w.prop("draggable") !== true || e.button !== 0 || target.closest?.("input,textarea,select")) return;
        drag = {
            id: e.pointerId,
            startY: e.clientY,
            dy: 0,
            dragging: false,
            lastY: e.clientY,
            lastT: e.timeStamp,
            velocity: 0,
        };
    });
    surface.addEventListener("pointermove", (e) => {
        if (!drag || e.pointerId !== drag.id) return;
        drag.dy = Math.max(0, e.clientY - drag.startY);
        if (!drag.dragging && drag.dy < SLOP_PX) return;
        if (!drag.dragging) {
            drag.dragging = true;
            surface.setPointerCapture?.(e.pointerId);
            addClass(surface, "flet-sheet-dragging");
        }
        const dt = e.timeStamp - drag.lastT;
        if (dt > 0) drag.velocity = ((e.clientY - drag.lastY) / dt) * 1000;
        drag.lastY = e.clientY;
        drag.lastT = e.timeStamp;
        surface.style.transform = `translateY(${drag.dy}px)`;
    });
    const end = (e: PointerEvent) => {
        if (!drag || e.pointerId !== drag.id) return;
        const done = drag;
        drag = null;
        if (!done.dragging) return;
        removeClass(surface, "flet-sheet-dragging");
        // A release after a pause is not a fling.
        const velocity = e.timeStamp - done.lastT > 100 ? 0 : done.velocity;
        if (e.type === "pointerup" && dragDismisses(done.dy, surface.offsetHeight, velocity)) dismiss();
        else surface.style.transform = "";
        // The click that ends a drag is not a press on what the drag started on.
        surface.addEventListener("click", swallow, { capture: true, once: true });
        setTimeout(() => surface.removeEventListener("click", swallow, { capture: true }));
    };
    surface.addEventListener("pointerup", end);
    surface.addEventListener("pointercancel", end);
}
