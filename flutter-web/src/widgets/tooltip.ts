// Tooltip values (flet-protocol.md §5.2, a value type on any control) as a role="tooltip" bubble that the
// control's focus target names with aria-describedby. Unlike a title attribute it also shows on
// keyboard focus, takes the Tooltip's colours and wait_duration, and Escape hides it (WCAG 1.4.13); the
// bubble is aria-hidden so that it never becomes part of the control's own name, while aria-describedby
// still reads it as the description. CSS shows it; when the pointer or focus arrives, it is placed with
// fixed coordinates next to its control, so a scrolling or clipping parent (ListView, Stack) cannot cut it
// off, and it flips above when there is no room below.
import { badValue } from "../render/base-props";
import type { Widget } from "../render/widget";
import { isRecord } from "../tree/control";
import { parseDuration } from "../values/animation";
import { parseColor } from "../values/colors";
import { isNumber, parseInsets } from "../values/geometry";
import { parseTextStyle } from "../values/text-style";
import { describedBy } from "./parts";
import { addClass, getData, hasClass, removeClass, setData, toggleClass } from "../render/classes";

let nextTooltipId = 0;

/** A tooltip is a string or a Tooltip value {message, ...}. */
export function tooltipText(value: unknown): string | undefined {
    if (typeof value === "string") return value;
    if (isRecord(value) && typeof value.message === "string") return value.message;
    return undefined;
}

/** The element that takes focus for a control: its inner input when it has one, else its element. */
export const focusTarget = (w: Widget): HTMLElement => w.part("input") ?? w.el;

/**
 * The tooltip bubble inside `w`'s element. It is found there, not kept: a reference kept per control (10,000 rows'
 * remove buttons) costs a parts object and the element's JS wrapper, about 45 bytes each.
 */
function bubbleOf(w: Widget): HTMLElement | undefined {
    for (let c = w.el.lastElementChild; c; c = c.previousElementSibling)
        if (c.getAttribute("role") === "tooltip") return c as HTMLElement;
    return undefined;
}

function styleBubble(w: Widget, bubble: HTMLElement, v: unknown): void {
    if (bubble.hasAttribute("style")) bubble.removeAttribute("style");
    if (!isRecord(v)) return;
    const wait = v.wait_duration === undefined ? null : parseDuration(v.wait_duration);
    if (wait !== null) bubble.style.setProperty("--flet-tooltip-wait", `${wait}ms`);
    const bg = v.bgcolor === undefined ? null : parseColor(v.bgcolor);
    if (bg) bubble.style.background = bg;
    const padding = v.padding === undefined ? null : parseInsets(v.padding);
    if (padding) bubble.style.padding = padding;
    const text = parseTextStyle(v.text_style);
    for (const prop in text ?? {}) bubble.style.setProperty(prop, text![prop]);
    if (typeof v.text_align === "string") bubble.style.textAlign = v.text_align;
    toggleClass(bubble, "flet-tooltip-above", v.prefer_below === false);
    if (isNumber(v.vertical_offset)) setData(bubble, "offset", String(v.vertical_offset));
    else setData(bubble, "offset", undefined);
}

/** Where a bubble of `size` goes for an anchor `r` in a `view` (the viewport): below, or above without room. */
export function tooltipPosition(
    r: { left: number; top: number; width: number; height: number },
    size: { width: number; height: number },
    view: { width: number; height: number },
    preferAbove: boolean,
    verticalOffset?: number,
): { left: number; top: number } {
    const margin = 4;
    // Flutter's vertical_offset is measured from the anchor's centre; by default the bubble sits 4px off its edge.
    const below = verticalOffset === undefined ? r.top + r.height + margin : r.top + r.height / 2 + verticalOffset;
    const above =
        verticalOffset === undefined
            ? r.top - margin - size.height
            : r.top + r.height / 2 - verticalOffset - size.height;
    const fitsBelow = below + size.height <= view.height;
    const fitsAbove = above >= 0;
    const top = (preferAbove && fitsAbove) || (!preferAbove && !fitsBelow && fitsAbove) ? above : below;
    const left = Math.min(Math.max(margin, r.left + r.width / 2 - size.width / 2), view.width - size.width - margin);
    return { left: Math.max(margin, left), top };
}

/** Places the bubble of the innermost control with a tooltip around `target`, in viewport coordinates. */
function placeTooltip(target: EventTarget | null): void {
    const host = target instanceof Element ? target.closest(".flet-has-tooltip") : null;
    const bubble = host && [...host.children].find((c) => hasClass(c, "flet-tooltip"));
    if (!(bubble instanceof HTMLElement)) return;
    const win = bubble.ownerDocument.defaultView;
    if (!win) return;
    const s = bubble.style;
    s.position = "fixed";
    s.transform = "none";
    s.left = "0px";
    s.top = "0px";
    const size = bubble.getBoundingClientRect();
    const offsetData = getData(bubble, "offset");
    const offset = offsetData === undefined ? undefined : Number(offsetData);
    const want = tooltipPosition(
        host!.getBoundingClientRect(),
        size,
        { width: win.innerWidth, height: win.innerHeight },
        hasClass(bubble, "flet-tooltip-above"),
        offset,
    );
    // A transformed ancestor is the containing block of fixed children: measure where (0, 0) landed.
    s.left = `${want.left - size.left}px`;
    s.top = `${want.top - size.top}px`;
}

/**
 * Shows `v` as the control's tooltip. `describe` false leaves aria-describedby alone, for controls
 * whose accessible name already is the tooltip (IconButton).
 */
export function setTooltip(w: Widget, v: unknown, describe = true): void {
    const text = tooltipText(v);
    if (v !== undefined && v !== null && text === undefined) badValue(w, "tooltip", v, "a string or a Tooltip");
    let bubble = bubbleOf(w);
    const target = focusTarget(w);
    if (text === undefined || text === "") {
        bubble?.remove();
        removeClass(w.el, "flet-has-tooltip");
        if (bubble) describedBy(target, bubble.id, false);
        return;
    }
    let id: string;
    if (bubble) {
        id = bubble.id;
        bubble.textContent = text;
        styleBubble(w, bubble, v);
    } else {
        // Made from markup, so that the bubble gets no JS wrapper unless code reaches for it: a wrapper, once made,
        // lasts as long as its element (see render/classes.ts), and a list of rows has a button with a tooltip each.
        id = `flet-tooltip-${++nextTooltipId}`;
        w.el.insertAdjacentHTML(
            "beforeend",
            `<span class="flet-tooltip" id="${id}" role="tooltip" aria-hidden="true">${escapeText(text)}</span>`,
        );
        if (isRecord(v)) styleBubble(w, w.el.lastElementChild as HTMLElement, v);
    }
    addClass(w.el, "flet-has-tooltip");
    describedBy(target, id, describe);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** `text` as HTML character data. */
const escapeText = (text: string): string => text.replace(/[&<>]/g, (c) => ENTITIES[c]);

/**
 * Places tooltips as the pointer or focus reaches their control, and lets Escape hide them until the pointer
 * or focus moves on; `root` is the renderer's root.
 */
export function installTooltipDismiss(root: HTMLElement): void {
    // On the document: a hovered tooltip must go on Escape even while focus is outside the app (on <body>).
    root.ownerDocument.addEventListener("keydown", (e) => {
        if (e.key === "Escape") addClass(root, "flet-tooltips-dismissed");
    });
    const arrive = (e: Event) => {
        removeClass(root, "flet-tooltips-dismissed");
        placeTooltip(e.target);
    };
    root.addEventListener("focusin", arrive);
    root.addEventListener("pointerover", arrive);
}
