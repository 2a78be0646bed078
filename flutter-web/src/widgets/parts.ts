// Small DOM helpers shared by widgets made of several parts (dialogs, bars, messages).
import type { Widget } from "../render/widget";

/** Creates an element of the widget's own making with a class. */
export function part<K extends keyof HTMLElementTagNameMap = "div">(
    w: Widget,
    className: string,
    tag: K = "div" as K,
): HTMLElementTagNameMap[K] {
    const el = w.renderer.doc.createElement(tag);
    el.className = className;
    return el;
}

/** Fills `box` with slot `name`: a control, or a plain string (Flet's `str | Control` properties). */
export function textOrControl(w: Widget, name: string, box: HTMLElement, v: unknown): void {
    const el = w.renderer.setSlot(w, name, typeof v === "object" ? v : null);
    const text = typeof v === "string" || typeof v === "number" ? String(v) : null;
    box.replaceChildren(...(el ? [el] : text !== null ? [text] : []));
    box.hidden = !el && text === null;
}
