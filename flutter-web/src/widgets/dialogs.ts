// AlertDialog and BottomSheet (flet-protocol.md §5.2) as modal <dialog>s opened with showModal(), so the
// page under them is inert. Focus moves in when one opens, Tab stays inside, and focus goes back to
// where it was when it closes. Escape and a click on the scrim dismiss it unless AlertDialog.modal is
// true (or BottomSheet.dismissible is false). The listeners sit on the <dialog> itself: `cancel` does
// not bubble, and Escape must reach the dialog even from a text field that handles keys. Dragging a
// BottomSheet (sheet-drag.ts) is a chunk, loaded the first time a sheet is draggable.
// This module is the dialogs family's chunk (lazy.ts): it brings SnackBar and Banner (messages.ts) along, the
// other controls page._dialogs shows, which share the dismiss flow (dialog-flow.ts) and the stylesheet.
import { chunkLoader } from "../chunk";
import type { Widget, WidgetDef } from "../render/widget";
import { badValue, numberProp } from "../render/base-props";
import { elevationShadow } from "../values/decoration";
import { parseInsets, parseMainAxis } from "../values/geometry";
import { applyConstraints, applyShape } from "../values/shape";
import { type Presenter, dialogHooks, dismiss, isShown } from "./dialog-flow";
import { BANNER, SNACK_BAR } from "./messages";
import { part, textOrControl } from "./parts";
import { colorSetter } from "./text";
import { toggleClass } from "../render/classes";

const FOCUSABLE =
    "button:not([disabled]),input:not([disabled]),textarea:not([disabled]),select:not([disabled]),a[href],[tabindex]:not([tabindex='-1'])";

const focusables = (el: HTMLElement): HTMLElement[] =>
    [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => !e.closest("[hidden]"));

interface Modal {
    presenter: Presenter;
    /** Whether Escape and the scrim may dismiss it. */
    dismissible: (w: Widget) => boolean;
}

const modalPresenter: Presenter = {
    exitMs: 150,
    show: (w) => {
        const dialog = w.el as HTMLDialogElement;
        const doc = w.renderer.doc;
        const active = doc.activeElement;
        // Kept when the browser closed it and it opens again: focus still goes back to the first opener.
        w.parts.returnFocus ??= active && !dialog.contains(active) ? active : null;
        try {
            dialog.showModal();
        } catch {
            // Not in the document or no <dialog> support: shown, but without the inert page.
            dialog.setAttribute("open", "");
        }
        // An autofocus control wins; otherwise the surface, so no action is pressed by a stray Enter and
        // screen readers start at the dialog's name and content. Tab then reaches the controls.
        const target = dialog.querySelector<HTMLElement>("[autofocus]") ?? w.parts.surface;
        target.focus();
    },
    hide: (w) => {
        const dialog = w.el as HTMLDialogElement;
        const doc = w.renderer.doc;
        const active = doc.activeElement;
        const focusInside = !active || active === doc.body || dialog.contains(active);
        if (typeof dialog.close === "function") dialog.close();
        dialog.removeAttribute("open");
        const back = w.parts.returnFocus as HTMLElement | null;
        w.parts.returnFocus = null;
        if (focusInside && back?.isConnected && typeof back.focus === "function") back.focus();
    },
};

/** Creates the <dialog> with its surface and the listeners for Escape, Tab, cancel and the scrim. */
function modalElement(w: Widget, modal: Modal, className: string): HTMLDialogElement {
    const doc = w.renderer.doc;
    const dialog = doc.createElement("dialog");
    dialog.className = className;
    // showModal() makes it modal; the attribute says so to tools that read only the markup.
    dialog.setAttribute("aria-modal", "true");
    const surface = doc.createElement("div");
    surface.className = `${className}-surface`;
    surface.tabIndex = -1;
    dialog.append(surface);
    w.parts.surface = surface;
    const request = () => {
        if (modal.dismissible(w)) dismiss(w, modal.presenter);
    };
    dialog.addEventListener("cancel", (e) => {
        // The browser's Escape handling would close the <dialog> itself; the flow decides instead.
        e.preventDefault();
        request();
    });
    dialog.addEventListener("keydown", (e) => {
        if (e.key === "Escape") {
            e.preventDefault();
            request();
        } else if (e.key === "Tab") {
            trapTab(dialog, e);
        }
    });
    // The browser may still close it on its own (Escape with focus outside, repeated without user
    // activation): a dismissible dialog then takes the dismiss flow, any other opens again.
    dialog.addEventListener("close", () => {
        if (!isShown(w)) return;
        if (modal.dismissible(w)) dismiss(w, modal.presenter);
        else if (!dialog.open) modal.presenter.show(w);
    });
    // A click is on the scrim when it starts and ends on the <dialog> itself (its area outside the surface).
    dialog.addEventListener("pointerdown", (e) => (w.parts.downOnScrim = e.target === dialog));
    dialog.addEventListener("click", (e) => {
        const onScrim = e.target === dialog && w.parts.downOnScrim !== false;
        w.parts.downOnScrim = undefined;
        if (onScrim) request();
    });
    return dialog;
}

/** Keeps Tab and Shift+Tab cycling through the dialog's controls. */
function trapTab(dialog: HTMLElement, e: KeyboardEvent): void {
    const items = focusables(dialog);
    const active = dialog.ownerDocument.activeElement as HTMLElement | null;
    e.preventDefault();
    if (items.length === 0) return;
    const at = active ? items.indexOf(active) : -1;
    const next = e.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : at === items.length - 1 ? 0 : at + 1;
    items[next].focus();
}

let nextTitleId = 0;

/** AlertDialog's accessible name: its title, else semantics_label, else "Alert" as Flutter's. */
function refreshName(w: Widget): void {
    const title: HTMLElement = w.parts.title;
    const label = w.prop("semantics_label");
    if (!title.hidden) {
        w.el.setAttribute("aria-labelledby", title.id);
        w.el.removeAttribute("aria-label");
    } else {
        w.el.removeAttribute("aria-labelledby");
        w.el.setAttribute("aria-label", typeof label === "string" && label !== "" ? label : "Alert");
    }
}

const modalHooks = dialogHooks(modalPresenter);

const ALERT: Modal = { presenter: modalPresenter, dismissible: (w) => w.prop("modal") !== true };

export const ALERT_DIALOG: WidgetDef = {
    create: (w) => {
        const dialog = modalElement(w, ALERT, "flet-dialog");
        w.parts.icon = part(w, "flet-dialog-icon");
        w.parts.title = part(w, "flet-dialog-title", "h2");
        w.parts.title.id = `flet-dialog-title-${++nextTitleId}`;
        w.parts.content = part(w, "flet-dialog-content");
        w.parts.actions = part(w, "flet-dialog-actions");
        for (const p of ["icon", "title", "content", "actions"]) w.parts[p].hidden = true;
        w.parts.surface.append(w.parts.icon, w.parts.title, w.parts.content, w.parts.actions);
        return dialog;
    },
    lists: { actions: (w) => w.parts.actions },
    listChanged: (w) => (w.parts.actions.hidden = w.parts.actions.childElementCount === 0),
    props: {
        open: modalHooks.open,
        icon: (w, v) => textOrControl(w, "icon", w.parts.icon, typeof v === "object" ? v : null),
        title: (w, v) => {
            textOrControl(w, "title", w.parts.title, v);
            refreshName(w);
        },
        semantics_label: refreshName,
        content: (w, v) => textOrControl(w, "content", w.parts.content, v),
        bgcolor: colorSetter("backgroundColor", "bgcolor", (w) => w.parts.surface),
        actions_alignment: (w, v) => {
            const css = parseMainAxis(v);
            if (css === null && v !== undefined && v !== null)
                badValue(w, "actions_alignment", v, "a MainAxisAlignment");
            w.parts.actions.style.justifyContent = css ?? "";
        },
        content_padding: (w, v) => {
            const css = v === undefined || v === null ? "" : parseInsets(v);
            if (css === null) badValue(w, "content_padding", v, "a number or {left, top, right, bottom}");
            w.parts.content.style.padding = css ?? "";
        },
    },
    mounted: (w) => {
        refreshName(w);
        modalHooks.mounted(w);
    },
    unmounted: modalHooks.unmounted,
};

const sheetDrag = chunkLoader(() => import("./sheet-drag"), "the sheet dragging chunk", "sheets cannot be dragged");

/** BottomSheet.draggable; the first time it is true, the drag handling is loaded and attached to the surface. */
function setDraggable(w: Widget, v: unknown): void {
    toggleClass(w.parts.surface, "flet-sheet-draggable", v === true);
    if (v !== true || w.parts.dragTracked) return;
    w.parts.dragTracked = true;
    sheetDrag().then(
        (m) => m.trackSheetDrag(w, w.parts.surface, () => dismiss(w, SHEET.presenter)),
        () => (w.parts.dragTracked = false),
    );
}

const SHEET: Modal = { presenter: modalPresenter, dismissible: (w) => w.prop("dismissible") !== false };

export const BOTTOM_SHEET: WidgetDef = {
    create: (w) => {
        const dialog = modalElement(w, SHEET, "flet-sheet");
        // Flutter's modal bottom sheet route is named by MaterialLocalizations.bottomSheetLabel.
        dialog.setAttribute("aria-label", "Bottom Sheet");
        w.parts.handle = part(w, "flet-sheet-handle");
        w.parts.handle.hidden = true;
        w.parts.content = part(w, "flet-sheet-content");
        w.parts.surface.append(w.parts.handle, w.parts.content);
        return dialog;
    },
    props: {
        open: (w, v) => {
            // A sheet dragged away opens again where it belongs.
            if (v === true) w.parts.surface.style.transform = "";
            modalHooks.open(w, v);
        },
        content: (w, v) => textOrControl(w, "content", w.parts.content, v),
        show_drag_handle: (w, v) => (w.parts.handle.hidden = v !== true),
        draggable: setDraggable,
        bgcolor: colorSetter("backgroundColor", "bgcolor", (w) => w.parts.surface),
        barrier_color: colorSetter("backgroundColor", "barrier_color"),
        elevation: (w, v) => {
            const n = numberProp(w, "elevation", v);
            w.parts.surface.style.boxShadow = n === undefined ? "" : elevationShadow(n);
        },
        // Up to 9/16 of the page high unless scrollable (Flutter's isScrollControlled) or fullscreen.
        scrollable: (w, v) => toggleClass(w.el, "flet-sheet-scrollable", v === true),
        fullscreen: (w, v) => toggleClass(w.el, "flet-sheet-fullscreen", v === true),
        use_safe_area: (w, v) => toggleClass(w.el, "flet-sheet-unsafe", v === false),
        shape: (w, v) => applyShape(w, "shape", v, w.parts.surface),
        size_constraints: (w, v) => applyConstraints(w, "size_constraints", v, w.parts.surface),
    },
    mounted: modalHooks.mounted,
    unmounted: modalHooks.unmounted,
};

export const DEFS = {
    AlertDialog: ALERT_DIALOG,
    BottomSheet: BOTTOM_SHEET,
    SnackBar: SNACK_BAR,
    Banner: BANNER,
};
