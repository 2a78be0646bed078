// Button and IconButton (flet-protocol.md §5.2) as native <button>s, so keyboard use and the
// accessible name come with the element.
import { iconElement } from "../icons/icons";
import { type IconGlyph, iconWords } from "../icons/icon-table";
import { badValue, numberProp } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { parseInsets, px } from "../values/geometry";
import { isRecord } from "../tree/control";
import { elevationShadow } from "../values/decoration";
import { applyShape } from "../values/shape";
import { badgeText } from "./badge";
import { applyButtonStyle, refreshTextState } from "./button-style";
import { PRESS_PROPS, pressed } from "./press";
import { colorSetter, colorVarSetter } from "./text";
import { setTooltip, tooltipText } from "./tooltip";
import { toggleClass } from "../render/classes";

function button(w: Widget, className: string): HTMLButtonElement {
    const el = w.renderer.doc.createElement("button");
    el.type = "button";
    el.className = className;
    return el;
}

const BUTTON_EVENTS: WidgetDef["events"] = {
    click: (w) => pressed(w) && w.renderer.context.trigger(w.control, "click", null),
    focusin: (w) => w.renderer.context.trigger(w.control, "focus", null),
    focusout: (w) => w.renderer.context.trigger(w.control, "blur", null),
};

function setDisabled(w: Widget, disabled: boolean): void {
    (w.el as HTMLButtonElement).disabled = disabled;
    refreshTextState(w);
}

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
    toggleClass(w.el, "flet-has-icon", value !== undefined && value !== null);
}

/**
 * The effective ButtonStyle: `style`, with Button's Python-side fields (color, bgcolor, elevation) that
 * Flet folds into `_internals.style`, and any such fields sent directly.
 */
function refreshStyle(w: Widget): void {
    const internal = (w.prop("_internals") as any)?.style;
    const direct: Record<string, unknown> = {};
    for (const key of ["color", "bgcolor", "elevation"]) if (w.prop(key) !== undefined) direct[key] = w.prop(key);
    const style = {
        ...direct,
        ...(isRecord(w.prop("style")) ? (w.prop("style") as object) : {}),
        ...(isRecord(internal) ? internal : {}),
    };
    const given = w.prop("style");
    applyButtonStyle(w, given !== undefined && given !== null && !isRecord(given) ? given : style);
}

const STYLE_PROPS = {
    style: refreshStyle,
    _internals: refreshStyle,
    color: refreshStyle,
    bgcolor: refreshStyle,
    elevation: refreshStyle,
};

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
        ...STYLE_PROPS,
        ...PRESS_PROPS,
    },
    events: BUTTON_EVENTS,
    setDisabled,
};

/**
 * An IconButton's icon element. It and the icon's words are found when needed, not kept: the parts object and the
 * element's JS wrapper cost about 45 bytes per button, and lists of rows often hold a button each.
 */
function iconPart(w: Widget): HTMLElement {
    for (let c = w.el.firstElementChild; c; c = c.nextElementSibling)
        if (c.getAttribute("class")?.split(" ").includes("flet-icon")) return c as HTMLElement;
    throw new Error(`${w.control} has no icon element`);
}

/** An icon's name in words, when its glyph is known. */
const glyphWords = (glyph: IconGlyph | null | undefined): string | undefined =>
    glyph ? iconWords(glyph.name) : undefined;

/** The icon an IconButton shows: selected_icon while selected, else icon. */
function shownIcon(w: Widget): unknown {
    const selectedIcon = w.prop("selected_icon");
    const selected = w.prop("selected") === true;
    return selected && selectedIcon !== undefined && selectedIcon !== null ? selectedIcon : w.prop("icon");
}

/** IconButton's accessible name: its tooltip, else the icon's name in words ("arrow back"); then its badge. */
function refreshLabel(w: Widget): void {
    const own = tooltipText(w.prop("tooltip")) ?? glyphWords(w.renderer.context.icons.glyph(shownIcon(w)));
    const label = [own, badgeText(w)].filter((s) => s).join(" ");
    if (label) w.el.setAttribute("aria-label", label);
    else w.el.removeAttribute("aria-label");
}

export const ICON_BUTTON: WidgetDef = {
    create: (w) => {
        const el = button(w, "flet-icon-btn");
        el.append(iconElement(w.renderer.doc));
        return el;
    },
    props: {
        icon: (w) => refreshSelectedIcon(w),
        icon_color: (w) => refreshSelectedIcon(w),
        selected_icon_color: (w) => refreshSelectedIcon(w),
        hover_color: (w, v) => {
            hoverColor(w, v);
            toggleClass(w.el, "flet-hover-color", v !== undefined && v !== null);
        },
        padding: (w, v) => {
            const css = v === undefined || v === null ? null : parseInsets(v);
            if (css === null && v !== undefined && v !== null) badValue(w, "padding", v, "a Padding");
            w.el.style.padding = css ?? "";
        },
        icon_size: (w, v) => {
            const n = numberProp(w, "icon_size", v);
            iconPart(w).style.fontSize = n === undefined ? "" : px(n);
        },
        bgcolor: refreshStyle,
        style: refreshStyle,
        selected: (w, v) => {
            if (v === undefined || v === null) w.el.removeAttribute("aria-pressed");
            else w.el.setAttribute("aria-pressed", String(v === true));
            refreshSelectedIcon(w);
        },
        selected_icon: (w) => refreshSelectedIcon(w),
        // The tooltip is the button's name, so it is not repeated as its description.
        tooltip: (w, v) => {
            setTooltip(w, v, false);
            refreshLabel(w);
        },
        autofocus: (w, v) => ((w.el as HTMLButtonElement).autofocus = v === true),
        ...PRESS_PROPS,
    },
    events: BUTTON_EVENTS,
    setDisabled,
    relabel: refreshLabel,
};

const iconButtonColor = colorSetter("color", "icon_color", iconPart);
// Flutter's hoverColor is the whole hover overlay, its own alpha included (buttons.css .flet-hover-color).
const hoverColor = colorVarSetter("--flet-hover-color", "hover_color");

/** Shows selected_icon (in selected_icon_color) while selected is true, else icon; the name follows the icon. */
function refreshSelectedIcon(w: Widget): void {
    const selected = w.prop("selected") === true;
    const selectedColor = w.prop("selected_icon_color");
    iconButtonColor(w, selected && selectedColor !== undefined ? selectedColor : w.prop("icon_color"));
    const v = shownIcon(w);
    refreshLabel(w);
    if (v === undefined || v === null) return void (iconPart(w).textContent = "");
    // Once the icon's table is in, its words can name the button.
    w.renderer.context.icons.show(iconPart(w), v, () => refreshLabel(w));
}

/** FloatingActionButton: a <button> with an icon and/or content; named by its content, tooltip or icon. */
export const FAB: WidgetDef = {
    create: (w) => {
        const el = button(w, "flet-fab");
        w.parts.label = w.renderer.doc.createElement("span");
        w.parts.label.className = "flet-btn-label";
        el.append(w.parts.label);
        return el;
    },
    props: {
        content: (w, v) => {
            BUTTON.props!.content(w, v);
            refreshFabLabel(w);
        },
        icon: (w, v) => {
            setButtonIcon(w, v);
            if (typeof v !== "number") return;
            w.renderer.context.icons.show(w.parts.icon, v, (glyph) => {
                w.parts.iconWords = glyph ? iconWords(glyph.name) : undefined;
                refreshFabLabel(w);
            });
        },
        tooltip: (w, v) => {
            setTooltip(w, v, false);
            refreshFabLabel(w);
        },
        mini: (w, v) => toggleClass(w.el, "flet-fab-mini", v === true),
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        foreground_color: colorSetter("color", "foreground_color"),
        shape: (w, v) => applyShape(w, "shape", v),
        elevation: (w, v) => {
            const n = numberProp(w, "elevation", v);
            w.el.style.boxShadow = n === undefined ? "" : elevationShadow(n);
        },
        autofocus: (w, v) => ((w.el as HTMLButtonElement).autofocus = v === true),
        ...PRESS_PROPS,
    },
    events: BUTTON_EVENTS,
    setDisabled,
    relabel: refreshFabLabel,
};

/** An icon-only FAB is named by its tooltip, else its icon in words; then its badge. */
function refreshFabLabel(w: Widget): void {
    const hasText = (w.parts.label as HTMLElement).textContent !== "";
    const own = tooltipText(w.prop("tooltip")) ?? w.parts.iconWords;
    const label = hasText ? undefined : [own, badgeText(w)].filter((s) => s).join(" ");
    if (label) w.el.setAttribute("aria-label", label);
    else w.el.removeAttribute("aria-label");
}
