// Checkbox, Switch, RadioGroup and Radio (flet-protocol.md §5.2) as native inputs inside <label>s, so the
// label names them and a click on it toggles them. The client owns the new value: it writes it back with
// UpdateControl, then sends `change` with it (on the RadioGroup for radios).
import { badValue } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { part, textOrControl, ancestorOfType } from "./parts";
import { colorVarSetter } from "./text";
import { toggleClass } from "../render/classes";

const input = (w: Widget): HTMLInputElement => w.parts.input;

function labelled(w: Widget, className: string, type: "checkbox" | "radio", role?: string): HTMLElement {
    const el = part(w, `flet-toggle ${className}`, "label");
    const box = part(w, `${className}-input`, "input");
    box.type = type;
    if (role) box.setAttribute("role", role);
    w.parts.input = box;
    w.parts.label = part(w, "flet-toggle-label", "span");
    w.parts.label.hidden = true;
    el.append(box, w.parts.label);
    return el;
}

const labelProps = {
    label: (w: Widget, v: unknown) => textOrControl(w, "label", w.parts.label, v),
    label_position: (w: Widget, v: unknown) => toggleClass(w.el, "flet-label-left", v === "left"),
    autofocus: (w: Widget, v: unknown) => (input(w).autofocus = v === true),
};

const focusEvents: WidgetDef["events"] = {
    focusin: (w, e) => e.target === input(w) && w.renderer.context.trigger(w.control, "focus", null),
    focusout: (w, e) => e.target === input(w) && w.renderer.context.trigger(w.control, "blur", null),
};

const setDisabled = (w: Widget, disabled: boolean) => {
    input(w).disabled = disabled;
    toggleClass(w.el, "flet-disabled", disabled);
};

/** Shows a checkbox value: true, false, or null (the tristate "mixed" state). */
function showCheckbox(w: Widget): void {
    const v = w.prop("value");
    const tristate = w.prop("tristate") === true;
    if (v !== undefined && typeof v !== "boolean" && !(v === null && tristate)) badValue(w, "value", v, "a bool");
    input(w).checked = v === true;
    input(w).indeterminate = tristate && v === null;
}

/** Flutter's order: false -> true -> (null when tristate) -> false. */
const nextCheckboxValue = (w: Widget): boolean | null => {
    const v = w.prop("value");
    if (v === true) return w.prop("tristate") === true ? null : false;
    return v === null && w.prop("tristate") === true ? false : true;
};

/** A click on the input (also the one a label click or Space makes) sets the next value. */
function toggled(w: Widget, e: Event, next: (w: Widget) => unknown, show: (w: Widget) => void): void {
    if (e.target !== input(w)) return;
    if (w.effectivelyDisabled) return e.preventDefault();
    const value = next(w);
    const ctx = w.renderer.context;
    ctx.update(w.control, { value });
    show(w);
    ctx.trigger(w.control, "change", value);
}

export const CHECKBOX: WidgetDef = {
    create: (w) => labelled(w, "flet-checkbox", "checkbox"),
    props: {
        ...labelProps,
        value: showCheckbox,
        tristate: showCheckbox,
        error: (w, v) => {
            toggleClass(w.el, "flet-toggle-error", v === true);
            input(w).toggleAttribute("aria-invalid", v === true);
        },
        fill_color: colorVarSetter("--flet-toggle-fill", "fill_color"),
        active_color: colorVarSetter("--flet-toggle-fill", "active_color"),
        check_color: colorVarSetter("--flet-toggle-check", "check_color"),
    },
    events: { ...focusEvents, click: (w, e) => toggled(w, e, nextCheckboxValue, showCheckbox) },
    setDisabled,
};

function showSwitch(w: Widget): void {
    const v = w.prop("value");
    if (v !== undefined && v !== null && typeof v !== "boolean") badValue(w, "value", v, "a bool");
    input(w).checked = v === true;
}

export const SWITCH: WidgetDef = {
    create: (w) => labelled(w, "flet-switch", "checkbox", "switch"),
    props: {
        ...labelProps,
        value: showSwitch,
        active_color: colorVarSetter("--flet-toggle-fill", "active_color"),
        active_track_color: colorVarSetter("--flet-switch-track-on", "active_track_color"),
        inactive_track_color: colorVarSetter("--flet-switch-track-off", "inactive_track_color"),
        inactive_thumb_color: colorVarSetter("--flet-switch-thumb-off", "inactive_thumb_color"),
    },
    events: { ...focusEvents, click: (w, e) => toggled(w, e, (s) => s.prop("value") !== true, showSwitch) },
    setDisabled,
};

// Radios find their group by walking up; the group keeps the set of radios inside it.
const radiosOf = (group: Widget): Set<Widget> => (group.parts.radios ??= new Set());
const groupValue = (group: Widget | null): string | null => {
    const v = group?.prop("value");
    return v === undefined || v === null ? null : String(v);
};
const radioValue = (w: Widget): string => String(w.prop("value") ?? "");

/** The group's radios in document order. */
function orderedRadios(group: Widget): Widget[] {
    return [...radiosOf(group)].sort((a, b) =>
        a.el.compareDocumentPosition(b.el) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1,
    );
}

function refreshGroup(group: Widget): void {
    const value = groupValue(group);
    for (const r of radiosOf(group)) showRadio(r, value);
}

function showRadio(w: Widget, value = groupValue(ancestorOfType(w, "RadioGroup"))): void {
    const group = ancestorOfType(w, "RadioGroup");
    input(w).name = `flet-radio-${group?.control.id ?? w.control.id}`;
    input(w).value = radioValue(w);
    input(w).checked = value !== null && value === radioValue(w);
}

/** Selects `radio` as the user does: {value} on the group, then its `change`. */
function choose(radio: Widget, value: string | null): void {
    const group = ancestorOfType(radio, "RadioGroup");
    if (!group || value === groupValue(group)) return refreshGroup(group ?? radio);
    const ctx = radio.renderer.context;
    ctx.update(group.control, { value });
    refreshGroup(group);
    ctx.trigger(group.control, "change", value);
}

export const RADIO_GROUP: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-radio-group");
        el.setAttribute("role", "radiogroup");
        radiosOf(w);
        return el;
    },
    props: {
        content: (w, v) => {
            const el = w.renderer.setSlot(w, "content", v);
            if (el && el.parentNode !== w.el) w.el.append(el);
        },
        value: refreshGroup,
    },
    setDisabled: (w, disabled) => w.el.toggleAttribute("aria-disabled", disabled),
};

const ARROWS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

export const RADIO: WidgetDef = {
    create: (w) => labelled(w, "flet-radio", "radio"),
    props: {
        ...labelProps,
        value: (w) => showRadio(w),
        fill_color: colorVarSetter("--flet-toggle-fill", "fill_color"),
        active_color: colorVarSetter("--flet-toggle-fill", "active_color"),
    },
    events: {
        ...focusEvents,
        click: (w, e) => {
            if (e.target !== input(w)) return;
            if (w.effectivelyDisabled) return e.preventDefault();
            const group = ancestorOfType(w, "RadioGroup");
            const selected = groupValue(group) === radioValue(w);
            // toggleable: choosing the selected radio again clears the group.
            choose(w, selected && w.prop("toggleable") === true ? null : radioValue(w));
        },
        // Arrow keys move to the next enabled radio of the group and select it, as in any radio group.
        keydown: (w, e) => {
            const step = ARROWS[(e as KeyboardEvent).key];
            const group = ancestorOfType(w, "RadioGroup");
            if (!step || e.target !== input(w) || !group) return;
            e.preventDefault();
            const radios = orderedRadios(group).filter((r) => !r.effectivelyDisabled);
            const at = radios.indexOf(w);
            const next = radios[(at + step + radios.length) % radios.length];
            if (!next) return;
            input(next).focus();
            choose(next, radioValue(next));
        },
    },
    setDisabled,
    mounted: (w) => {
        const group = ancestorOfType(w, "RadioGroup");
        if (group) radiosOf(group).add(w);
        showRadio(w);
    },
    unmounted: (w) => {
        const group = ancestorOfType(w, "RadioGroup");
        if (group) radiosOf(group).delete(w);
    },
};
