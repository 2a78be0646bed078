// The open/dismiss flow every dialog control shares (flet-protocol.md §3.13, §5.1 DialogControl). `open`
// true shows the control. When `open` turns false, or the user dismisses it, it animates out and then
// reports, as Flet's client does: UpdateControl {open: false}, then ControlEvent dismiss (data null) when
// on_dismiss is set. The app removes it from page._dialogs after that.
import type { Setter, Widget } from "../render/widget";
import { addClass, removeClass } from "../render/classes";

export interface Presenter {
    /** Shows the widget; its element is in the document. */
    show(w: Widget): void;
    /** Hides it; the exit animation has played. */
    hide(w: Widget): void;
    /** How long the exit animation (CSS class flet-leaving) plays, in milliseconds. */
    exitMs: number;
    /** Properties reported before {open: false} (SnackBar: {_dismissed: true}). */
    before?: Record<string, unknown>;
}

type Phase = "shut" | "open" | "leaving";

interface DialogState {
    phase: Phase;
    /** False until the first task after mounting, when the element is in the document. */
    ready: boolean;
    exitTimer: ReturnType<typeof setTimeout> | undefined;
}

const state = (w: Widget): DialogState => (w.parts.dialog ??= { phase: "shut", ready: false, exitTimer: undefined });

export const isShown = (w: Widget): boolean => state(w).phase === "open";

/** Brings the widget in line with its `open` property. */
export function syncOpen(w: Widget, presenter: Presenter): void {
    const s = state(w);
    if (!s.ready || w.control.view !== w) return;
    const open = w.prop("open") === true;
    if (open && s.phase === "shut") {
        s.phase = "open";
        presenter.show(w);
    } else if (!open && s.phase === "open") {
        dismiss(w, presenter);
    }
}

/** Closes the widget as the user or a timeout does; does nothing if it is not showing. */
export function dismiss(w: Widget, presenter: Presenter): void {
    const s = state(w);
    if (s.phase !== "open") return;
    s.phase = "leaving";
    addClass(w.el, "flet-leaving");
    s.exitTimer = setTimeout(() => {
        s.exitTimer = undefined;
        s.phase = "shut";
        removeClass(w.el, "flet-leaving");
        presenter.hide(w);
        const ctx = w.renderer.context;
        if (presenter.before) ctx.update(w.control, presenter.before);
        ctx.update(w.control, { open: false });
        ctx.trigger(w.control, "dismiss", null);
    }, presenter.exitMs);
}

/** The `open` setter, `mounted` and `unmounted` hooks a dialog widget definition uses. */
export function dialogHooks(presenter: Presenter): {
    open: Setter;
    mounted: (w: Widget) => void;
    unmounted: (w: Widget) => void;
} {
    return {
        open: (w) => syncOpen(w, presenter),
        mounted: (w) => {
            // Shown once it is in the document (a modal <dialog> cannot open before), as Flet's client shows
            // dialogs after the frame that built them.
            queueMicrotask(() => {
                state(w).ready = true;
                syncOpen(w, presenter);
            });
        },
        unmounted: (w) => {
            // Removed by a patch: it disappears without reporting anything.
            const s = state(w);
            const phase = s.phase;
            clearTimeout(s.exitTimer);
            s.phase = "shut";
            if (phase !== "shut") presenter.hide(w);
        },
    };
}
