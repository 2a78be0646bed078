// What scrollable controls share (flet-protocol.md §5.1 ScrollableControl): Column, Row, ListView, GridView.
// The scroll mode is CSS (data-scroll); everything else, on_scroll notifications, auto_scroll and scroll_to,
// lives in the scroll-events chunk, loaded the first time an app uses one of them, so apps that never do
// do not download it.
import { chunkLoader } from "../chunk";
import { badValue, numberProp } from "../render/base-props";
import type { Setter, Widget, WidgetDef } from "../render/widget";
import { setData } from "../render/classes";

/** Which element scrolls, and whether along x; Row and horizontal lists scroll sideways. */
export interface ScrollAxis {
    box(w: Widget): HTMLElement;
    horizontal(w: Widget): boolean;
}

const SCROLL_MODES = new Set(["auto", "adaptive", "always", "hidden"]);

const scrollEvents = chunkLoader(
    () => import("./scroll-events"),
    "the scrolling chunk",
    "scroll events and scroll_to do not work",
);

/** Keeps the end in view after the children changed, when auto_scroll is on. */
export function autoScroll(w: Widget, axis: ScrollAxis): void {
    if (w.prop("auto_scroll") === true)
        scrollEvents().then(
            (m) => m.scrollToEnd(w, axis),
            () => {},
        );
}

/** The scroll, auto_scroll, scroll_interval and on_scroll setters and the scroll_to method for `axis`. */
export function scrollableDef(axis: ScrollAxis): Pick<WidgetDef, "props" | "methods"> {
    function scroll(w: Widget, v: unknown): void {
        const mode = typeof v === "string" ? v.toLowerCase() : typeof v === "object" && v ? "auto" : "";
        if (v !== undefined && v !== null && !SCROLL_MODES.has(mode)) badValue(w, "scroll", v, "a ScrollMode");
        const box = axis.box(w);
        if (SCROLL_MODES.has(mode)) setData(box, "scroll", mode);
        else setData(box, "scroll", undefined);
    }
    function onScroll(w: Widget, v: unknown): void {
        if (v === true)
            scrollEvents().then(
                (m) => m.listen(w, axis),
                () => {},
            );
    }
    const props: Record<string, Setter> = {
        scroll,
        on_scroll: onScroll,
        auto_scroll: (w) => autoScroll(w, axis),
        scroll_interval: (w, v) => void numberProp(w, "scroll_interval", v),
    };
    return {
        props,
        methods: { scroll_to: (w, args) => scrollEvents().then((m) => m.scrollTo(w, axis, args)) },
    };
}
