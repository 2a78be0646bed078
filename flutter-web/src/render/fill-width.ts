// Which controls take all the width their parent offers, as in Flutter's box layout. A Column gives its
// children loose width constraints (up to its own maximum): a Row that is not tight, a TextField or an
// aligned Container then takes the maximum, and a Column, Container, Card or Stack without a width of its
// own is as wide as its widest child, so one such control widens its ancestors to what they are offered.
// CSS shrinks a flex item to its content instead, so the renderer marks each control that fills the width
// (flet-fills-w) and layout.css stretches it. Each widget counts its filling children, so a control that
// comes, goes or changes updates only the ancestors whose state flips.
import type { Widget } from "./widget";
import { isNumber } from "../values/geometry";
import { toggleClass } from "./classes";

const always = () => true;

/** Controls that fill the width by themselves. */
const FILLS: Record<string, (w: Widget) => boolean> = {
    // MainAxisSize.max; a wrapping Row is Flutter's Wrap, as wide as its widest run.
    Row: (w) => w.prop("tight") !== true && w.prop("wrap") !== true,
    // Stretch gives every child the Column's maximum width, so the Column takes it too.
    Column: (w) => String(w.prop("horizontal_alignment") ?? "").toLowerCase() === "stretch",
    // An aligned Container expands to place its child; one without a child expands to fit.
    Container: (w) => isNumber((w.prop("alignment") as any)?.x) || w.prop("content") == null,
    ResponsiveRow: always,
    TextField: always,
    Slider: always,
    ProgressBar: always,
    ListTile: always,
    Divider: always,
    ListView: always,
    GridView: always,
    Markdown: always,
    TabBar: always,
};

/** Controls as wide as their widest child (when they have no width of their own). */
const WRAPPERS = new Set(["Column", "Container", "Card", "Stack", "SafeArea", "RadioGroup", "Tabs", "GestureDetector"]);

const SIDES = ["left", "top", "right", "bottom"];

/** Whether `w` takes the whole width its parent offers. */
export function fillsWidth(w: Widget): boolean {
    if (w.prop("visible") === false || isNumber(w.prop("width"))) return false;
    // A positioned child of a Stack is sized by its Stack, not the other way round.
    if ((w.parent?.prop("_internals") as any)?.host_positioned && SIDES.some((s) => isNumber(w.prop(s)))) return false;
    return FILLS[w.control.type]?.(w) === true || (WRAPPERS.has(w.control.type) && w.fillingChildren > 0);
}

/** Re-evaluates `w` after a change to it or to its children, and its ancestors while their state flips. */
export function refreshFill(w: Widget): void {
    for (let at: Widget | null = w; at; at = at.parent) {
        const fills = fillsWidth(at);
        if (fills === at.fillsWidth) return;
        at.fillsWidth = fills;
        toggleClass(at.el, "flet-fills-w", fills);
        if (at.parent) at.parent.fillingChildren += fills ? 1 : -1;
    }
}

/** Takes `w`, which leaves the screen, out of its parent's count. */
export function releaseFill(w: Widget): void {
    if (!w.fillsWidth || !w.parent) return;
    w.fillsWidth = false;
    w.parent.fillingChildren--;
    refreshFill(w.parent);
}
