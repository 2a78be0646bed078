// TextField (flet-protocol.md §5.2): a <label> and an <input> (a <textarea> when multiline), wrapped in
// a Material 3 outlined field. Typing writes the value back with UpdateControl before any event.
import { badValue, numberProp } from "../render/base-props";
import type { Setter, Widget, WidgetDef } from "../render/widget";
import { px } from "../values/geometry";
import { describedBy } from "./parts";
import { colorSetter, enumSetter } from "./text";
import { setData, toggleClass } from "../render/classes";

type Field = HTMLInputElement | HTMLTextAreaElement;

let nextInputId = 0;

const KEYBOARD: Record<string, [string, string]> = {
    text: ["text", "text"],
    multiline: ["text", "text"],
    number: ["text", "decimal"],
    phone: ["tel", "tel"],
    datetime: ["text", "text"],
    email: ["email", "email"],
    url: ["url", "url"],
    visiblepassword: ["text", "text"],
    name: ["text", "text"],
    streetaddress: ["text", "text"],
    none: ["text", "none"],
};

const field = (w: Widget): Field => w.parts.input;

function refreshFilled(w: Widget): void {
    toggleClass(w.el, "flet-tf-filled", field(w).value !== "");
}

function refreshType(w: Widget): void {
    const input = field(w) as HTMLInputElement;
    if (input.tagName !== "INPUT") return;
    const kb = KEYBOARD[String(w.prop("keyboard_type") ?? "text").toLowerCase()] ?? KEYBOARD.text;
    input.type = w.prop("password") === true ? "password" : kb[0];
    input.inputMode = kb[1];
}

function refreshSupport(w: Widget): void {
    const error = w.prop("error");
    const helper = w.prop("helper") ?? w.prop("helper_text");
    const text = typeof error === "string" ? error : typeof helper === "string" ? helper : "";
    if (text && !w.parts.support) {
        w.parts.support = w.renderer.doc.createElement("div");
        w.parts.support.className = "flet-tf-support";
        w.parts.support.id = `${field(w).id}-support`;
        w.el.append(w.parts.support);
    }
    if (w.parts.support) w.parts.support.textContent = text;
    const invalid = typeof error === "string" && error !== "";
    toggleClass(w.el, "flet-tf-error", invalid);
    field(w).toggleAttribute("aria-invalid", invalid);
    if (w.parts.support) describedBy(field(w), w.parts.support.id, !!text);
}

function createField(w: Widget, id: string): Field {
    const doc = w.renderer.doc;
    const multiline = w.prop("multiline") === true;
    const input: Field = doc.createElement(multiline ? "textarea" : "input");
    input.id = id;
    input.className = "flet-tf-input";
    return input;
}

const inputSetter =
    (apply: (input: Field, value: unknown, w: Widget) => void): Setter =>
    (w, v) =>
        apply(field(w), v, w);

const lines = (w: Widget) => {
    const input = field(w) as HTMLTextAreaElement;
    if (input.tagName !== "TEXTAREA") return;
    const min = numberProp(w, "min_lines", w.prop("min_lines"));
    const max = numberProp(w, "max_lines", w.prop("max_lines"));
    input.rows = min ?? 1;
    // field-sizing grows the box with its content, so rows alone would not hold the minimum.
    input.style.minHeight = min ? `calc(${min} * 1.5em + 32px)` : "";
    input.style.maxHeight = max ? `calc(${max} * 1.5em + 32px)` : "";
};

// Setters that configure the input element itself; they run again when multiline swaps the element.
const INPUT_PROPS: Record<string, Setter> = {
    value: (w, v) => {
        const text = v === undefined || v === null ? "" : String(v);
        // The backend often sends back what the user typed; leaving it alone keeps caret and selection.
        if (field(w).value !== text) field(w).value = text;
        refreshFilled(w);
    },
    hint_text: inputSetter((input, v) => (input.placeholder = typeof v === "string" ? v : "")),
    password: refreshType,
    keyboard_type: refreshType,
    read_only: inputSetter((input, v) => (input.readOnly = v === true)),
    max_length: inputSetter((input, v, w) => {
        const n = numberProp(w, "max_length", v);
        if (n === undefined) input.removeAttribute("maxlength");
        else input.maxLength = n;
    }),
    min_lines: lines,
    max_lines: lines,
    text_size: inputSetter((input, v, w) => {
        const n = numberProp(w, "text_size", v);
        input.style.fontSize = n === undefined ? "" : px(n);
    }),
    text_align: enumSetter(
        { start: "start", end: "end", left: "left", right: "right", center: "center", justify: "justify" },
        (w, css) => (field(w).style.textAlign = css),
        "text_align",
    ),
    color: colorSetter("color", "color", field),
    autofocus: inputSetter((input, v) => (input.autofocus = v === true)),
};

export const TEXT_FIELD: WidgetDef = {
    create: (w) => {
        const doc = w.renderer.doc;
        const el = doc.createElement("div");
        el.className = "flet-tf";
        const label = doc.createElement("label");
        label.className = "flet-tf-label";
        const id = `flet-input-${++nextInputId}`;
        label.htmlFor = id;
        w.parts.label = label;
        w.parts.input = createField(w, id);
        el.append(label, w.parts.input);
        return el;
    },
    props: {
        ...INPUT_PROPS,
        label: (w, v) => {
            const text = typeof v === "string" ? v : "";
            if (v !== undefined && v !== null && typeof v !== "string") badValue(w, "label", v, "a string");
            w.parts.label.textContent = text;
            toggleClass(w.el, "flet-tf-has-label", text !== "");
        },
        multiline: (w) => {
            const old = field(w);
            if ((old.tagName === "TEXTAREA") === (w.prop("multiline") === true)) return;
            const input = createField(w, old.id);
            old.replaceWith(input);
            w.parts.input = input;
            for (const prop in INPUT_PROPS) INPUT_PROPS[prop](w, w.prop(prop));
            input.disabled = w.effectivelyDisabled;
            refreshSupport(w);
        },
        error: refreshSupport,
        helper: refreshSupport,
        helper_text: refreshSupport,
        border: enumSetter(
            { outline: "outline", underline: "underline", none: "none" },
            (w, css) => setData(w.el, "border", css || "outline"),
            "border",
        ),
        filled: (w, v) => toggleClass(w.el, "flet-tf-filled-style", v === true),
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
    },
    events: {
        input: (w) => {
            const ctx = w.renderer.context;
            const value = field(w).value;
            ctx.update(w.control, { value });
            ctx.trigger(w.control, "change", value);
            refreshFilled(w);
        },
        keydown: (w, e) => {
            const ke = e as KeyboardEvent;
            if (ke.key !== "Enter" || ke.isComposing) return;
            const multiline = w.prop("multiline") === true;
            if (multiline && !(w.prop("shift_enter") === true && !ke.shiftKey)) return;
            if (multiline) e.preventDefault();
            w.renderer.context.trigger(w.control, "submit", field(w).value);
        },
        focusin: (w) => w.renderer.context.trigger(w.control, "focus", null),
        focusout: (w) => w.renderer.context.trigger(w.control, "blur", null),
    },
    setDisabled: (w, disabled) => {
        field(w).disabled = disabled;
        toggleClass(w.el, "flet-disabled", disabled);
    },
    mounted: (w) => {
        if (w.prop("autofocus") === true) queueMicrotask(() => field(w).focus());
    },
};

export const DEFS = { TextField: TEXT_FIELD };
