// Tooltip values (flet-protocol.md §5.2, a value type on any control) as a role="tooltip" bubble that the
// control's focus target names with aria-describedby. Unlike a title attribute it also shows on
// keyboard focus, takes the Tooltip's colours and wait_duration, and Escape hides it (WCAG 1.4.13); the
// bubble is aria-hidden so that it never becomes part of the control's own name, while aria-describedby
// still reads it as the description.
import { badValue } from "../render/base-props";
import type { Widget } from "../render/widget";
import { isRecord } from "../tree/control";
import { parseDuration } from "../values/animation";
import { parseColor } from "../values/colors";
import { parseInsets } from "../values/geometry";
import { parseTextStyle } from "../values/text-style";
import { describedBy } from "./parts";

let nextTooltipId = 0;

/** A tooltip is a string or a Tooltip value {message, ...}. */
export function tooltipText(value: unknown): string | undefined {
    if (typeof value === "string") return value;
    if (isRecord(value) && typeof value.message === "string") return value.message;
    return undefined;
}

/** The element that takes focus for a control: its inner input when it has one, else its element. */
export const focusTarget = (w: Widget): HTMLElement => w.parts.input ?? w.el;

function styleBubble(w: Widget, bubble: HTMLElement, v: unknown): void {
    bubble.removeAttribute("style");
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
    bubble.classList.toggle("flet-tooltip-above", v.prefer_below === false);
}

/**
 * Shows `v` as the control's tooltip. `describe` false leaves aria-describedby alone, for controls
 * whose accessible name already is the tooltip (IconButton).
 */
export function setTooltip(w: Widget, v: unknown, describe = true): void {
    const text = tooltipText(v);
    if (v !== undefined && v !== null && text === undefined) badValue(w, "tooltip", v, "a string or a Tooltip");
    let bubble: HTMLElement | undefined = w.parts.tooltip;
    const target = focusTarget(w);
    if (text === undefined || text === "") {
        bubble?.remove();
        w.parts.tooltip = undefined;
        w.el.classList.remove("flet-has-tooltip");
        if (bubble) describedBy(target, bubble.id, false);
        return;
    }
    if (!bubble) {
        bubble = w.parts.tooltip = w.renderer.doc.createElement("span");
        bubble.className = "flet-tooltip";
        bubble.id = `flet-tooltip-${++nextTooltipId}`;
        bubble.setAttribute("role", "tooltip");
        bubble.setAttribute("aria-hidden", "true");
    }
    if (bubble.parentNode !== w.el) w.el.append(bubble);
    bubble.textContent = text;
    styleBubble(w, bubble, v);
    w.el.classList.add("flet-has-tooltip");
    describedBy(target, bubble.id, describe);
}

/** Escape hides the tooltips until the pointer or focus moves on; `root` is the renderer's root. */
export function installTooltipDismiss(root: HTMLElement): void {
    root.addEventListener("keydown", (e) => {
        if (e.key === "Escape") root.classList.add("flet-tooltips-dismissed");
    });
    const reset = () => root.classList.remove("flet-tooltips-dismissed");
    root.addEventListener("focusin", reset);
    root.addEventListener("pointerover", reset);
}
