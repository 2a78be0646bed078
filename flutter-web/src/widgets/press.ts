// Pointer behaviour the buttons share beyond click (flet-protocol.md §5.2): `hover` with true/false as the
// pointer enters and leaves, `long_press` after holding for Flutter's long-press timeout (the click that ends
// the hold is then swallowed, as Flutter's gesture arena gives the press to the long press), and `url`, opened
// when the button is pressed. The listeners are added the first time the app subscribes.
import type { Setter, Widget } from "../render/widget";
import { isRecord } from "../tree/control";

/** Flutter's kLongPressTimeout. */
export const LONG_PRESS_MS = 500;

function listenHover(w: Widget): void {
    if (w.parts.hoverListening) return;
    w.parts.hoverListening = true;
    const send = (hovered: boolean) => {
        if (!w.effectivelyDisabled) w.renderer.context.trigger(w.control, "hover", hovered);
    };
    w.el.addEventListener("pointerenter", () => send(true));
    w.el.addEventListener("pointerleave", () => send(false));
}

function listenLongPress(w: Widget): void {
    if (w.parts.longPressListening) return;
    w.parts.longPressListening = true;
    const cancel = () => {
        clearTimeout(w.parts.longPressTimer);
        w.parts.longPressTimer = undefined;
    };
    w.el.addEventListener("pointerdown", (e) => {
        if (e.button !== 0 || w.effectivelyDisabled) return;
        cancel();
        w.parts.longPressed = false;
        w.parts.longPressTimer = setTimeout(() => {
            w.parts.longPressTimer = undefined;
            w.parts.longPressed = true;
            w.renderer.context.trigger(w.control, "long_press", null);
        }, LONG_PRESS_MS);
    });
    for (const type of ["pointerup", "pointerleave", "pointercancel"]) w.el.addEventListener(type, cancel);
}

/** The `url` property as {href, target}: a string opens in a new tab, a Url map names its target. */
export function parseUrl(v: unknown): { href: string; target: string } | null {
    if (typeof v === "string" && v !== "") return { href: v, target: "_blank" };
    if (isRecord(v) && typeof v.url === "string" && v.url !== "") {
        return { href: v.url, target: typeof v.target === "string" && v.target !== "" ? v.target : "_blank" };
    }
    return null;
}

/**
 * Handles a press (a click or Enter/Space) of a button: false when it ended a long press and must not count
 * as a click; otherwise opens the button's url, if any, and returns true.
 */
export function pressed(w: Widget): boolean {
    if (w.parts.longPressed) {
        w.parts.longPressed = false;
        return false;
    }
    const url = parseUrl(w.prop("url"));
    if (url) w.renderer.doc.defaultView?.open(url.href, url.target, "noopener");
    return true;
}

/** Setters for on_hover and on_long_press; spread them into a button's props. */
export const PRESS_PROPS: Record<string, Setter> = {
    on_hover: (w, v) => v === true && listenHover(w),
    on_long_press: (w, v) => v === true && listenLongPress(w),
};
