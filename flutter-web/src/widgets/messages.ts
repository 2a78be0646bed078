// SnackBar and Banner (flet-protocol.md §5.2): messages over the page that do not block it. A snack bar
// sits bottom-centre and goes after `duration`; a banner spans the top of the page until the app closes
// it. Both are live regions, so screen readers announce them when they appear.
import { iconElement } from "../icons/icons";
import { badValue } from "../render/base-props";
import type { Renderer } from "../render/renderer";
import type { Widget, WidgetDef } from "../render/widget";
import { Control, isRecord } from "../tree/control";
import { isNumber } from "../values/geometry";
import { parseColor } from "../values/colors";
import { type Presenter, dialogHooks, dismiss } from "./dialog-flow";
import { part, textOrControl } from "./parts";
import { colorSetter } from "./text";
import { addClass, removeClass } from "../render/classes";

const DEFAULT_DURATION_MS = 4000;

const UNIT_MS: Record<string, number> = {
    days: 86_400_000,
    hours: 3_600_000,
    minutes: 60_000,
    seconds: 1000,
    milliseconds: 1,
    microseconds: 0.001,
};

/** SnackBar.duration: milliseconds, or a Duration map ({milliseconds: 4000}, as Flet sends it). */
export function durationMs(w: Widget): number {
    const v = w.prop("duration");
    if (v === undefined || v === null) return DEFAULT_DURATION_MS;
    if (isNumber(v) && v >= 0) return v;
    if (isRecord(v) && Object.keys(v).every((k) => k in UNIT_MS && isNumber(v[k]))) {
        return Object.keys(v).reduce((ms, k) => ms + (v[k] as number) * UNIT_MS[k], 0);
    }
    badValue(w, "duration", v, "milliseconds or a Duration");
    return DEFAULT_DURATION_MS;
}

/** The snack bar on screen per renderer: a new one replaces it, as Flet's removeCurrentSnackBar does. */
const current = new WeakMap<Renderer, Widget>();

const SNACK: Presenter = {
    exitMs: 150,
    before: { _dismissed: true },
    show: (w) => {
        const shown = current.get(w.renderer);
        if (shown && shown !== w) dismiss(shown, SNACK);
        current.set(w.renderer, w);
        removeClass(w.el, "flet-shut");
        w.parts.timer = setTimeout(() => dismiss(w, SNACK), durationMs(w));
        w.renderer.context.trigger(w.control, "visible", null);
    },
    hide: (w) => {
        clearTimeout(w.parts.timer);
        if (current.get(w.renderer) === w) current.delete(w.renderer);
        addClass(w.el, "flet-shut");
    },
};
const snackHooks = dialogHooks(SNACK);

/** SnackBar.action: a label, or a SnackBarAction {label, text_color}. */
function setAction(w: Widget, v: unknown): void {
    const spec = v instanceof Control ? v.props : isRecord(v) ? v : null;
    const label = typeof v === "string" ? v : typeof spec?.label === "string" ? spec.label : null;
    if (v !== undefined && v !== null && label === null) badValue(w, "action", v, "a label or a SnackBarAction");
    if (label === null) {
        w.parts.action?.remove();
        w.parts.action = undefined;
        return;
    }
    if (!w.parts.action) {
        w.parts.action = part(w, "flet-snackbar-action", "button");
        w.parts.action.type = "button";
        w.parts.content.after(w.parts.action);
    }
    w.parts.action.textContent = label;
    w.parts.action.style.color = (spec?.text_color !== undefined && parseColor(spec.text_color)) || "";
}

export const SNACK_BAR: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-snackbar flet-shut");
        el.setAttribute("role", "status");
        el.setAttribute("aria-live", "polite");
        w.parts.content = part(w, "flet-snackbar-content");
        el.append(w.parts.content);
        return el;
    },
    props: {
        open: snackHooks.open,
        content: (w, v) => textOrControl(w, "content", w.parts.content, v),
        action: setAction,
        show_close_icon: (w, v) => {
            if (v === true && !w.parts.close) {
                const button = part(w, "flet-icon-btn flet-snackbar-close", "button");
                button.type = "button";
                // Flutter's close icon tooltip (MaterialLocalizations.closeButtonTooltip).
                button.setAttribute("aria-label", "Close");
                button.title = "Close";
                const icon = iconElement(w.renderer.doc);
                icon.textContent = "close";
                button.append(icon);
                w.el.append(button);
                w.parts.close = button;
            } else if (v !== true && w.parts.close) {
                w.parts.close.remove();
                w.parts.close = undefined;
            }
        },
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
    },
    events: {
        click: (w, e) => {
            const target = e.target as Node;
            if (w.parts.action?.contains(target)) {
                // As SnackBarAction: report the press, then the snack bar goes.
                w.renderer.context.trigger(w.control, "action", null);
                dismiss(w, SNACK);
            } else if (w.parts.close?.contains(target)) {
                dismiss(w, SNACK);
            }
        },
    },
    mounted: snackHooks.mounted,
    unmounted: snackHooks.unmounted,
};

const BANNER_PRESENTER: Presenter = {
    exitMs: 150,
    show: (w) => {
        removeClass(w.el, "flet-shut");
        w.renderer.context.trigger(w.control, "visible", null);
    },
    hide: (w) => addClass(w.el, "flet-shut"),
};
const bannerHooks = dialogHooks(BANNER_PRESENTER);

export const BANNER: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-banner flet-shut");
        // Assertive, as a banner usually reports a problem that needs an action.
        el.setAttribute("role", "alert");
        w.parts.leading = part(w, "flet-banner-leading");
        w.parts.leading.hidden = true;
        w.parts.content = part(w, "flet-banner-content");
        w.parts.actions = part(w, "flet-banner-actions");
        el.append(w.parts.leading, w.parts.content, w.parts.actions);
        return el;
    },
    lists: { actions: (w) => w.parts.actions },
    props: {
        open: bannerHooks.open,
        content: (w, v) => textOrControl(w, "content", w.parts.content, v),
        leading: (w, v) => textOrControl(w, "leading", w.parts.leading, typeof v === "object" ? v : null),
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
    },
    mounted: bannerHooks.mounted,
    unmounted: bannerHooks.unmounted,
};
