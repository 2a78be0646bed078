// Text (flet-protocol.md §5.2) as a <span>. Text is selectable like any web page text.
import { badValue, numberProp, setDeclarations } from "../render/base-props";
import { parseTextStyle } from "../values/text-style";
import type { Setter, Widget, WidgetDef } from "../render/widget";
import { parseColor } from "../values/colors";
import { px } from "../values/geometry";
import { addClass, removeClass, setStyle, toggleClass } from "../render/classes";

const WEIGHTS: Record<string, string> = { normal: "400", bold: "700" };
for (let w = 100; w <= 900; w += 100) WEIGHTS[`w${w}`] = String(w);

const ALIGN: Record<string, string> = {
    start: "start",
    end: "end",
    left: "left",
    right: "right",
    center: "center",
    justify: "justify",
};

const THEME_STYLES = new Set(
    "displaylarge displaymedium displaysmall headlinelarge headlinemedium headlinesmall titlelarge titlemedium titlesmall labellarge labelmedium labelsmall bodylarge bodymedium bodysmall".split(
        " ",
    ),
);

/** Sets a colour style from a Flet colour, warning about values that are not colours. */
export function colorSetter(style: "color" | "backgroundColor", prop: string, target = (w: Widget) => w.el): Setter {
    return (w, v) => {
        const css = v === undefined || v === null ? "" : parseColor(v);
        if (css === null) badValue(w, prop, v, "a colour");
        setStyle(target(w), style, css ?? "");
    };
}

/** Sets a CSS custom property from a Flet colour, warning about values that are not colours. */
export function colorVarSetter(name: string, prop: string, target = (w: Widget) => w.el): Setter {
    return (w, v) => {
        const css = v === undefined || v === null ? "" : parseColor(v);
        if (css === null) badValue(w, prop, v, "a colour");
        setStyle(target(w), name, css ?? "");
    };
}

/** Sets an enum-valued style through a lookup table of Flet names. */
export function enumSetter(
    table: Record<string, string>,
    apply: (w: Widget, css: string) => void,
    prop: string,
): Setter {
    return (w, v) => {
        const css = typeof v === "string" ? table[v.toLowerCase()] : undefined;
        if (css === undefined && v !== undefined && v !== null) badValue(w, prop, v, Object.keys(table).join("/"));
        apply(w, css ?? "");
    };
}

function setText(el: HTMLElement, text: string): void {
    const node = el.firstChild;
    // Updating the existing text node keeps a change to one character-data mutation.
    if (node && node.nodeType === 3 && !node.nextSibling) (node as Text).data = text;
    else el.textContent = text;
}

/** With on_tap the text acts as a button: focusable, and Enter or Space taps it like a click. */
function setTappable(w: Widget, v: unknown): void {
    const tappable = v === true;
    toggleClass(w.el, "flet-clickable", tappable);
    if (tappable) {
        w.el.setAttribute("role", "button");
        w.el.tabIndex = 0;
    } else {
        w.el.removeAttribute("role");
        w.el.removeAttribute("tabindex");
    }
}

function tap(w: Widget, e: Event): void | false {
    if (w.prop("on_tap") !== true || w.effectivelyDisabled) return false;
    if (e.type === "keydown") {
        const key = (e as KeyboardEvent).key;
        if (key !== "Enter" && key !== " ") return false;
        e.preventDefault();
    }
    w.renderer.context.trigger(w.control, "tap", null);
}

export const TEXT: WidgetDef = {
    create: (w) => {
        const el = w.renderer.doc.createElement("span");
        el.className = "flet-text";
        return el;
    },
    props: {
        value: (w, v) => setText(w.el, v === undefined || v === null ? "" : String(v)),
        size: (w, v) => {
            const n = numberProp(w, "size", v);
            w.el.style.fontSize = n === undefined ? "" : px(n);
        },
        color: colorSetter("color", "color"),
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        weight: enumSetter(WEIGHTS, (w, css) => (w.el.style.fontWeight = css), "weight"),
        italic: (w, v) => (w.el.style.fontStyle = v === true ? "italic" : ""),
        text_align: enumSetter(ALIGN, (w, css) => (w.el.style.textAlign = css), "text_align"),
        font_family: (w, v) => (w.el.style.fontFamily = typeof v === "string" ? JSON.stringify(v) : ""),
        no_wrap: (w, v) => toggleClass(w.el, "flet-nowrap", v === true),
        max_lines: (w, v) => {
            const n = numberProp(w, "max_lines", v);
            w.el.style.setProperty("-webkit-line-clamp", n ? String(n) : "");
            toggleClass(w.el, "flet-clamp", !!n);
        },
        overflow: (w, v) => toggleClass(w.el, "flet-ellipsis", v === "ellipsis"),
        selectable: (w, v) => toggleClass(w.el, "flet-selectable", v === true),
        on_tap: setTappable,
        // TextStyle; the Text's own size, weight, … set inline after it take precedence as in Flet.
        style: (w, v) => {
            const bad: string[] = [];
            const decls = v === undefined || v === null ? null : parseTextStyle(v, bad);
            if (v !== undefined && v !== null && (decls === null || bad.length))
                badValue(w, bad.length ? `style.${bad.join(", style.")}` : "style", v, "a TextStyle");
            setDeclarations(w, "style", w.el, decls);
            for (const own of ["size", "weight", "italic", "color", "bgcolor", "font_family"])
                if (w.prop(own) !== undefined) TEXT.props![own](w, w.prop(own));
        },
        theme_style: (w, v) => {
            const name = typeof v === "string" ? v.toLowerCase().replace(/_/g, "") : "";
            if (v !== undefined && v !== null && !THEME_STYLES.has(name))
                badValue(w, "theme_style", v, "a text theme style");
            if (w.parts.themeStyle) removeClass(w.el, w.parts.themeStyle);
            w.parts.themeStyle = THEME_STYLES.has(name) ? `flet-type-${name}` : undefined;
            if (w.parts.themeStyle) addClass(w.el, w.parts.themeStyle);
        },
    },
    events: { click: tap, keydown: tap },
};
