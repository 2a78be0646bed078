// Page and View (flet-protocol.md §3.3, §3.12): the page shows its views as a stack, only the top one
// visible, with the overlay and dialog layers (§3.13) after them; a View is an optional app bar above
// a column of controls, like Flet's Scaffold. The body is the page's <main> landmark, the app bar its
// banner (<header>) and a navigation bar its <nav>, so screen readers can jump between them.
import { badValue } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { parseInsets } from "../values/geometry";
import { flexProps } from "./layout";
import { confirmPop, refreshViews } from "./navigation";
import { colorSetter } from "./text";
import { setData, toggleClass } from "../render/classes";

const div = (w: Widget, className: string): HTMLElement => {
    const el = w.renderer.doc.createElement("div");
    el.className = className;
    return el;
};

/** Mounts the Overlay or Dialogs control held in `prop` as a layer of the page. */
const layer =
    (prop: string) =>
    (w: Widget, v: unknown): void => {
        w.renderer.setSlot(w, prop, v);
        // Views, then the overlay, then dialogs: later layers stack above earlier ones. Elements already in
        // place are not moved, so focus inside them survives.
        const views: HTMLElement = w.parts.views;
        const overlay = w.slot("_overlay")?.el;
        const dialogs = w.slot("_dialogs")?.el;
        if (overlay && overlay.previousSibling !== views) views.after(overlay);
        const anchor = overlay ?? views;
        if (dialogs && dialogs.previousSibling !== anchor) anchor.after(dialogs);
    };

export const PAGE: WidgetDef = {
    create: (w) => {
        const el = div(w, "flet-page");
        w.parts.views = div(w, "flet-views");
        el.append(w.parts.views);
        return el;
    },
    lists: { views: (w) => w.parts.views },
    listChanged: refreshViews,
    props: {
        title: (w, v) => {
            if (typeof v === "string") w.renderer.doc.title = v;
        },
        theme_mode: (w) => w.renderer.context.refreshTheme(),
        theme: (w) => w.renderer.context.refreshTheme(),
        dark_theme: (w) => w.renderer.context.refreshTheme(),
        on_keyboard_event: (w, v) => w.renderer.context.listenToKeys(v === true),
        _overlay: layer("_overlay"),
        _dialogs: layer("_dialogs"),
        // The page's own width/height/etc. are client-reported window facts, not layout.
        width: () => {},
        height: () => {},
    },
};

const body = (w: Widget): HTMLElement => w.parts.body;

export const VIEW: WidgetDef = {
    methods: { confirm_pop: confirmPop },
    create: (w) => {
        const el = div(w, "flet-view");
        w.parts.body = w.renderer.doc.createElement("main");
        w.parts.body.className = "flet-view-body flet-col";
        el.append(w.parts.body);
        return el;
    },
    lists: { controls: body },
    props: {
        ...flexProps(true, "vertical_alignment", "horizontal_alignment", body),
        padding: (w, v) => {
            const css = v === undefined || v === null ? "10px" : parseInsets(v);
            if (css === null) badValue(w, "padding", v, "a number or {left, top, right, bottom}");
            body(w).style.padding = css ?? "10px";
        },
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        route: (w, v) => {
            if (typeof v === "string") setData(w.el, "route", v);
        },
        // Outside the padding, like Scaffold.appBar.
        appbar: (w, v) => {
            const el = w.renderer.setSlot(w, "appbar", v);
            if (el && el !== w.el.firstElementChild) w.el.prepend(el);
        },
        // Below the body, like Scaffold.bottomNavigationBar; the body scrolls above it.
        navigation_bar: (w, v) => {
            const el = w.renderer.setSlot(w, "navigation_bar", v);
            if (el && el.previousElementSibling !== body(w)) body(w).after(el);
        },
        // Over the body's bottom-end corner, like Scaffold.floatingActionButton.
        floating_action_button: (w, v) => {
            const el = w.renderer.setSlot(w, "floating_action_button", v);
            if (el && el.parentNode !== w.el) w.el.append(el);
            toggleClass(w.el, "flet-has-fab", !!el);
        },
        floating_action_button_location: setFabLocation,
    },
};

const FAB_PLACES = new Set(["startfloat", "centerfloat", "endfloat", "startdocked", "centerdocked", "enddocked"]);

/**
 * FloatingActionButtonLocation as the view's data-fab (cards.css): start, center or end, float or docked; mini
 * places alike; the top and contained places are drawn as endFloat, with a warning.
 */
function setFabLocation(w: Widget, v: unknown): void {
    const place = typeof v === "string" ? v.toLowerCase().replace(/^mini/, "") : "";
    if (v !== undefined && v !== null && !FAB_PLACES.has(place))
        badValue(w, "floating_action_button_location", v, "a float or docked location");
    if (FAB_PLACES.has(place) && place !== "endfloat") setData(w.el, "fab", place);
    else setData(w.el, "fab", undefined);
}

/** Page._overlay: controls over the page, placed by left/top/right/bottom (`host_positioned`). */
export const OVERLAY: WidgetDef = {
    create: (w) => div(w, "flet-overlay"),
    lists: { controls: (w) => w.el },
};

/** Page._dialogs: the dialog controls shown with page.show_dialog (§3.13). */
export const DIALOGS: WidgetDef = {
    create: (w) => div(w, "flet-dialogs"),
    lists: { controls: (w) => w.el },
};

/** Shown for a control type the renderer does not know, so the gap is visible and named. */
export const PLACEHOLDER: WidgetDef = {
    create: (w: Widget) => {
        const el = w.renderer.doc.createElement("div");
        el.className = "flet-unknown";
        el.setAttribute("role", "note");
        el.textContent = w.control.type === "?" ? "Invalid control" : `Unknown control: ${w.control.type}`;
        return el;
    },
};
