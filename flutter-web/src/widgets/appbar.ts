// AppBar (flet-protocol.md §5.2) as a <header>: leading, a title heading and actions. With
// automatically_imply_leading (the default) and no leading of its own, an app bar in a view that has a
// view under it shows a back arrow that pops the top view (view_pop, §3.12), as Flutter's BackButton.
import { iconElement } from "../icons/icons";
import { numberProp } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { px } from "../values/geometry";
import { canPop, popTopView, trackAppBar, untrackAppBar } from "./navigation";
import { part, textOrControl } from "./parts";
import { colorSetter } from "./text";
import { toggleClass } from "../render/classes";

function backButton(w: Widget): HTMLButtonElement {
    const doc = w.renderer.doc;
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "flet-icon-btn flet-appbar-back";
    // Flutter's BackButton tooltip (MaterialLocalizations.backButtonTooltip).
    button.setAttribute("aria-label", "Back");
    button.title = "Back";
    button.disabled = w.effectivelyDisabled;
    const icon = iconElement(doc);
    icon.textContent = "arrow_back";
    button.append(icon);
    return button;
}

/** Puts the leading control, else the implied back arrow, else nothing before the title. */
function refreshLeading(w: Widget): void {
    const own = w.slot("leading")?.el ?? null;
    const implied = !own && w.prop("automatically_imply_leading") !== false && canPop(w);
    const child = own ?? (implied ? (w.parts.back ??= backButton(w)) : null);
    const box: HTMLElement = w.parts.leading;
    if (box.firstChild !== child || box.childNodes.length > 1) box.replaceChildren(...(child ? [child] : []));
    box.hidden = !child;
}

export const APP_BAR: WidgetDef = {
    create: (w) => {
        const doc = w.renderer.doc;
        const el = doc.createElement("header");
        el.className = "flet-appbar";
        w.parts.leading = part(w, "flet-appbar-leading");
        w.parts.title = part(w, "flet-appbar-title", "h1");
        w.parts.actions = part(w, "flet-appbar-actions");
        el.append(w.parts.leading, w.parts.title, w.parts.actions);
        return el;
    },
    lists: { actions: (w) => w.parts.actions },
    props: {
        title: (w, v) => textOrControl(w, "title", w.parts.title, v),
        leading: (w, v) => {
            w.renderer.setSlot(w, "leading", v);
            refreshLeading(w);
        },
        automatically_imply_leading: refreshLeading,
        center_title: (w, v) => toggleClass(w.el, "flet-appbar-center", v === true),
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        color: colorSetter("color", "color"),
        toolbar_height: (w, v) => {
            const n = numberProp(w, "toolbar_height", v);
            w.el.style.height = w.el.style.minHeight = n === undefined ? "" : px(n);
        },
    },
    events: {
        click: (w, e) => {
            if (w.parts.back?.contains(e.target as Node)) popTopView(w);
        },
    },
    setDisabled: (w, disabled) => {
        if (w.parts.back) w.parts.back.disabled = disabled;
    },
    mounted: (w) => {
        trackAppBar(w, () => refreshLeading(w));
        refreshLeading(w);
    },
    unmounted: untrackAppBar,
};
