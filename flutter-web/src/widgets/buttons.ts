// Button and IconButton (flet-protocol.md §5.2) as native <button>s, so keyboard use and the
// accessible name come with the element.
import { iconElement } from "../icons/icons";
import { iconWords } from "../icons/icon-table";
import { numberProp, tooltipText } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { px } from "../values/geometry";
import { colorSetter } from "./text";

function button(w: Widget, className: string): HTMLButtonElement {
    const el = w.renderer.doc.createElement("button");
    el.type = "button";
    el.className = className;
    return el;
}

const BUTTON_EVENTS: WidgetDef["events"] = {
    click: (w) => w.renderer.context.trigger(w.control, "click", null),
    focusin: (w) => w.renderer.context.trigger(w.control, "focus", null),
    focusout: (w) => w.renderer.context.trigger(w.control, "blur", null),
};

const setDisabled = (w: Widget, disabled: boolean) => ((w.el as HTMLButtonElement).disabled = disabled);

const iconColor = colorSetter("color", "icon_color", (w) => w.parts.icon);
const paintIconColor = (w: Widget) => iconColor(w, w.prop("icon_color"));

/** Puts the icon (a code or a control) first in the button, or removes it. */
function setButtonIcon(w: Widget, value: unknown): void {
    const r = w.renderer;
    if (typeof value === "number") {
        r.setSlot(w, "icon", null);
        w.parts.icon ??= iconElement(r.doc);
        w.el.prepend(w.parts.icon);
        r.context.icons.show(w.parts.icon, value);
        paintIconColor(w);
    } else {
        w.parts.icon?.remove();
        w.parts.icon = undefined;
        const el = r.setSlot(w, "icon", value);
        if (el) w.el.prepend(el);
    }
    w.el.classList.toggle("flet-has-icon", value !== undefined && value !== null);
}

export const BUTTON: WidgetDef = {
    create: (w) => {
        const el = button(w, "flet-btn");
        w.parts.label = w.renderer.doc.createElement("span");
        w.parts.label.className = "flet-btn-label";
        el.append(w.parts.label);
        return el;
    },
    props: {
        content: (w, v) => {
            const label: HTMLElement = w.parts.label;
            const el = w.renderer.setSlot(w, "content", typeof v === "object" ? v : null);
            label.replaceChildren(...(el ? [el] : typeof v === "string" || typeof v === "number" ? [String(v)] : []));
        },
        icon: setButtonIcon,
        // The icon element may not exist yet (or be replaced), so the colour is applied by paintIcon.
        icon_color: (w) => w.parts.icon && paintIconColor(w),
        autofocus: (w, v) => ((w.el as HTMLButtonElement).autofocus = v === true),
    },
    events: BUTTON_EVENTS,
    setDisabled,
};

/** IconButton's accessible name: its tooltip, else the icon's name in words ("arrow back"). */
function refreshLabel(w: Widget): void {
    const label = tooltipText(w.prop("tooltip")) ?? w.parts.iconWords;
    if (label) w.el.setAttribute("aria-label", label);
    else w.el.removeAttribute("aria-label");
}

export const ICON_BUTTON: WidgetDef = {
    create: (w) => {
        const el = button(w, "flet-icon-btn");
        w.parts.icon = iconElement(w.renderer.doc);
        el.append(w.parts.icon);
        return el;
    },
    props: {
        icon: (w, v) => {
            w.parts.iconWords = undefined;
            refreshLabel(w);
            if (v === undefined || v === null) return void (w.parts.icon.textContent = "");
            w.renderer.context.icons.show(w.parts.icon, v, (glyph) => {
                w.parts.iconWords = glyph ? iconWords(glyph.name) : undefined;
                refreshLabel(w);
            });
        },
        icon_color: colorSetter("color", "icon_color", (w) => w.parts.icon),
        icon_size: (w, v) => {
            const n = numberProp(w, "icon_size", v);
            w.parts.icon.style.fontSize = n === undefined ? "" : px(n);
        },
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        tooltip: (w, v) => {
            const text = tooltipText(v);
            if (text === undefined) w.el.removeAttribute("title");
            else w.el.title = text;
            refreshLabel(w);
        },
        autofocus: (w, v) => ((w.el as HTMLButtonElement).autofocus = v === true),
    },
    events: BUTTON_EVENTS,
    setDisabled,
};
