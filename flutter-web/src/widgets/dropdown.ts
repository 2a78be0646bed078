// Dropdown and DropdownOption (flet-protocol.md §5.2) as a labelled native <select>: the browser gives
// it keyboard use (arrows, type-ahead, Enter/Space/Alt+Down to open) and its accessible name and role.
// Choosing an option writes {value} back with UpdateControl, then sends `select` with the option key.
// Options show their text; their leading/trailing icons and `content` controls are not drawn.
import { badValue } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { describedBy, part } from "./parts";
import { colorSetter } from "./text";
import { addClass, toggleClass } from "../render/classes";

let nextId = 0;

const select = (w: Widget): HTMLSelectElement => w.parts.input;

/** An option's key: `key`, falling back to `text` (as DropdownOption's positional key does). */
export const optionKey = (w: Widget): string => {
    const key = w.prop("key") ?? w.prop("text");
    return key === undefined || key === null ? "" : String(typeof key === "object" ? (key as any).value : key);
};

function refreshValue(w: Widget): void {
    // Options mount before their Dropdown is complete; the Dropdown's `mounted` runs this once they are all in.
    if (!w.parts.ready) return;
    const v = w.prop("value");
    const s = select(w);
    const keys = [...s.options].map((o) => o.value);
    const key = v === undefined || v === null ? null : String(v);
    if (key !== null && !keys.includes(key)) badValue(w, "value", v, "the key of one of its options");
    // No value: nothing is selected and the field shows its label or hint.
    s.selectedIndex = key === null ? -1 : keys.indexOf(key);
    toggleClass(w.el, "flet-tf-filled", s.selectedIndex >= 0);
}

function refreshSupport(w: Widget): void {
    const error = w.prop("error_text");
    const helper = w.prop("helper_text");
    const text = typeof error === "string" && error ? error : typeof helper === "string" ? helper : "";
    const support: HTMLElement = w.parts.support;
    support.textContent = text;
    support.hidden = text === "";
    const invalid = typeof error === "string" && error !== "";
    toggleClass(w.el, "flet-tf-error", invalid);
    select(w).toggleAttribute("aria-invalid", invalid);
    describedBy(select(w), support.id, text !== "");
}

export const DROPDOWN: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-tf flet-dropdown");
        const id = `flet-select-${++nextId}`;
        const label = part(w, "flet-tf-label", "label");
        label.htmlFor = id;
        const s = part(w, "flet-tf-input flet-dropdown-select", "select");
        s.id = id;
        const support = part(w, "flet-tf-support");
        support.id = `${id}-support`;
        support.hidden = true;
        w.parts.label = label;
        w.parts.input = s;
        w.parts.support = support;
        el.append(label, s, support);
        return el;
    },
    lists: { options: select },
    listChanged: refreshValue,
    props: {
        value: refreshValue,
        label: (w, v) => {
            const text = typeof v === "string" ? v : "";
            if (v !== undefined && v !== null && typeof v !== "string") badValue(w, "label", v, "a string");
            w.parts.label.textContent = text;
            toggleClass(w.el, "flet-tf-has-label", text !== "");
        },
        hint_text: (w, v) => select(w).setAttribute("title", typeof v === "string" ? v : ""),
        helper_text: refreshSupport,
        error_text: refreshSupport,
        filled: (w, v) => toggleClass(w.el, "flet-tf-filled-style", v === true),
        bgcolor: colorSetter("backgroundColor", "bgcolor", select),
        color: colorSetter("color", "color", select),
        autofocus: (w, v) => (select(w).autofocus = v === true),
    },
    events: {
        change: (w) => {
            const ctx = w.renderer.context;
            const value = select(w).value;
            addClass(w.el, "flet-tf-filled");
            ctx.update(w.control, { value });
            ctx.trigger(w.control, "select", value);
        },
        focusin: (w) => w.renderer.context.trigger(w.control, "focus", null),
        focusout: (w) => w.renderer.context.trigger(w.control, "blur", null),
    },
    setDisabled: (w, disabled) => {
        select(w).disabled = disabled;
        toggleClass(w.el, "flet-disabled", disabled);
    },
    mounted: (w) => {
        w.parts.ready = true;
        refreshValue(w);
        if (w.prop("autofocus") === true) queueMicrotask(() => select(w).focus());
    },
};

const refreshOption = (w: Widget) => {
    const el = w.el as HTMLOptionElement;
    el.value = optionKey(w);
    const text = w.prop("text");
    el.textContent = typeof text === "string" && text !== "" ? text : optionKey(w);
    // The <select> may have been showing this option's old key.
    if (w.parent?.control.type === "Dropdown") refreshValue(w.parent);
};

export const DROPDOWN_OPTION: WidgetDef = {
    create: (w) => w.renderer.doc.createElement("option"),
    props: { key: refreshOption, text: refreshOption },
    setDisabled: (w, disabled) => ((w.el as HTMLOptionElement).disabled = disabled),
    mounted: refreshOption,
};
