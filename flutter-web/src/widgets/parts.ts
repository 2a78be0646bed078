// Small DOM helpers shared by widgets made of several parts (dialogs, bars, messages).
import { iconElement } from "../icons/icons";
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

/** Fills `box` with slot `name`: an icon code (drawn with the icon font) or a control (Flet's `Icon | Control`). */
export function iconOrControl(w: Widget, name: string, box: HTMLElement, v: unknown): void {
    const r = w.renderer;
    if (typeof v === "number") {
        r.setSlot(w, name, null);
        const icon: HTMLElement = (w.parts[`icon:${name}`] ??= iconElement(r.doc));
        r.context.icons.show(icon, v);
        if (box.firstChild !== icon || box.childNodes.length > 1) box.replaceChildren(icon);
        box.hidden = false;
        return;
    }
    w.parts[`icon:${name}`] = undefined;
    const el = r.setSlot(w, name, typeof v === "object" ? v : null);
    box.replaceChildren(...(el ? [el] : []));
    box.hidden = !el;
}

/** The nearest ancestor widget of control type `type`. */
export function ancestorOfType(w: Widget, type: string): Widget | null {
    for (let p = w.parent; p; p = p.parent) if (p.control.type === type) return p;
    return null;
}

/** The index of `w` in its parent's list `prop`, or -1. */
export const indexIn = (w: Widget, prop: string): number => w.parent?.listItems(prop).indexOf(w) ?? -1;

/**
 * Adds or removes `id` in the aria-describedby list of `el`, leaving the other ids: a control can be described by
 * its helper text and its tooltip at once.
 */
export function describedBy(el: HTMLElement, id: string, on: boolean): void {
    const ids = (el.getAttribute("aria-describedby") ?? "").split(" ").filter((t) => t && t !== id);
    if (on) ids.push(id);
    if (ids.length) el.setAttribute("aria-describedby", ids.join(" "));
    else el.removeAttribute("aria-describedby");
}
