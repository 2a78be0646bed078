// Chip (flet-protocol.md §5.2): a <button> for the chip itself (aria-pressed when it is selectable),
// and a separate delete <button> when on_delete is set. Selecting writes {selected} back with
// UpdateControl, then sends `select` with the new value; otherwise a press sends `click`.
import { iconElement } from "../icons/icons";
import type { Widget, WidgetDef } from "../render/widget";
import { insetsSetter } from "../render/base-props";
import { applyButtonStyle } from "./button-style";
import { iconOrControl, part, textOrControl } from "./parts";
import { colorSetter, colorVarSetter } from "./text";
import { addClass, toggleClass } from "../render/classes";

const main = (w: Widget): HTMLButtonElement => w.parts.input;

function refresh(w: Widget): void {
    const selectable = w.prop("on_select") === true;
    const selected = w.prop("selected") === true;
    if (selectable) main(w).setAttribute("aria-pressed", String(selected));
    else main(w).removeAttribute("aria-pressed");
    toggleClass(w.el, "flet-selected", selected);
    const check =
        selected &&
        selectable &&
        w.prop("show_checkmark") !== false &&
        w.slot("leading") === undefined &&
        !w.parts["icon:leading"];
    w.parts.check.hidden = !check;
}

function refreshDelete(w: Widget): void {
    const on = w.prop("on_delete") === true;
    let button: HTMLButtonElement | undefined = w.parts.delete;
    if (on && !button) {
        button = w.parts.delete = part(w, "flet-chip-delete", "button");
        button.type = "button";
        button.append(iconElement(w.renderer.doc));
        w.el.append(button);
    }
    if (!on && button) {
        button.remove();
        w.parts.delete = undefined;
    }
    if (!button || !on) return;
    const tooltip = w.prop("delete_icon_tooltip");
    // Flutter's default delete tooltip (MaterialLocalizations.deleteButtonTooltip).
    button.setAttribute("aria-label", typeof tooltip === "string" && tooltip ? tooltip : "Delete");
    button.disabled = w.effectivelyDisabled;
    const icon = w.prop("delete_icon");
    const glyph = button.firstElementChild as HTMLElement;
    if (typeof icon === "number") w.renderer.context.icons.show(glyph, icon);
    else glyph.textContent = "cancel";
}

export const CHIP: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-chip");
        const button = part(w, "flet-chip-main", "button");
        button.type = "button";
        w.parts.input = button;
        w.parts.check = iconElement(w.renderer.doc);
        w.parts.check.textContent = "check";
        addClass(w.parts.check, "flet-chip-check");
        w.parts.leading = part(w, "flet-chip-leading", "span");
        w.parts.leading.hidden = true;
        w.parts.label = part(w, "flet-chip-label", "span");
        button.append(w.parts.check, w.parts.leading, w.parts.label);
        el.append(button);
        return el;
    },
    props: {
        label: (w, v) => textOrControl(w, "label", w.parts.label, v),
        leading: (w, v) => {
            iconOrControl(w, "leading", w.parts.leading, v);
            refresh(w);
        },
        selected: refresh,
        on_select: refresh,
        show_checkmark: refresh,
        on_delete: refreshDelete,
        delete_icon: refreshDelete,
        delete_icon_tooltip: refreshDelete,
        bgcolor: colorVarSetter("--s-bg", "bgcolor", main),
        selected_color: colorVarSetter("--s-bg-selected", "selected_color", main),
        check_color: colorSetter("color", "check_color", (w) => w.parts.check),
        delete_icon_color: colorVarSetter("--flet-chip-delete", "delete_icon_color"),
        color: (w, v) => applyButtonStyle(w, v === undefined || v === null ? null : { bgcolor: v }, main(w)),
        padding: insetsSetter("padding", "padding", main),
        autofocus: (w, v) => (main(w).autofocus = v === true),
    },
    events: {
        click: (w, e) => {
            const ctx = w.renderer.context;
            if (w.parts.delete?.contains(e.target as Node)) return ctx.trigger(w.control, "delete", null);
            if (!main(w).contains(e.target as Node) || w.effectivelyDisabled) return;
            if (w.prop("on_select") === true) {
                const selected = w.prop("selected") !== true;
                ctx.update(w.control, { selected });
                refresh(w);
                ctx.trigger(w.control, "select", selected);
            } else {
                ctx.trigger(w.control, "click", null);
            }
        },
        focusin: (w, e) => e.target === main(w) && w.renderer.context.trigger(w.control, "focus", null),
        focusout: (w, e) => e.target === main(w) && w.renderer.context.trigger(w.control, "blur", null),
    },
    setDisabled: (w, disabled) => {
        main(w).disabled = disabled;
        if (w.parts.delete) w.parts.delete.disabled = disabled;
    },
};
