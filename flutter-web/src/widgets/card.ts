// Card and ListTile (flet-protocol.md §5.2). A Card is a Material 3 surface (elevated, filled or outlined)
// around one control. A ListTile is a row of leading, title/subtitle and trailing; with on_click it is a
// button (role, Tab stop, Enter and Space), as Flutter's ListTile is an InkWell.
import { badValue, insetsSetter, numberProp } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { elevationShadow } from "../values/decoration";
import { applyShape } from "../values/shape";
import { px } from "../values/geometry";
import { iconOrControl, part, textOrControl } from "./parts";
import { colorSetter, colorVarSetter } from "./text";
import { getData, setData, toggleClass } from "../render/classes";

const VARIANTS = new Set(["elevated", "filled", "outlined"]);

export const CARD: WidgetDef = {
    mainSlot: "content",
    create: (w) => part(w, "flet-card"),
    props: {
        content: (w, v) => {
            const el = w.renderer.setSlot(w, "content", v);
            if (el && el.parentNode !== w.el) w.el.prepend(el);
        },
        variant: (w, v) => {
            const name = typeof v === "string" ? v.toLowerCase() : "elevated";
            if (v !== undefined && v !== null && !VARIANTS.has(name))
                badValue(w, "variant", v, "elevated/filled/outlined");
            setData(w.el, "variant", VARIANTS.has(name) ? name : "elevated");
        },
        elevation: (w, v) => {
            const n = numberProp(w, "elevation", v);
            w.el.style.boxShadow = n === undefined ? "" : elevationShadow(n);
        },
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        shadow_color: colorVarSetter("--flet-shadow", "shadow_color"),
        shape: (w, v) => applyShape(w, "shape", v),
        clip_behavior: (w, v) => (w.el.style.overflow = v === "none" ? "visible" : ""),
    },
    mounted: (w) => {
        if (getData(w.el, "variant") === undefined) setData(w.el, "variant", "elevated");
    },
};

function refreshTile(w: Widget): void {
    const clickable = w.prop("on_click") === true || w.prop("toggle_inputs") === true;
    toggleClass(w.el, "flet-clickable", clickable);
    if (clickable) {
        w.el.setAttribute("role", "button");
        w.el.tabIndex = w.effectivelyDisabled ? -1 : 0;
        w.el.toggleAttribute("aria-disabled", w.effectivelyDisabled);
    } else {
        w.el.removeAttribute("role");
        w.el.removeAttribute("tabindex");
        w.el.removeAttribute("aria-disabled");
    }
    const subtitle = w.parts.subtitle as HTMLElement;
    toggleClass(w.el, "flet-tile-two-line", !subtitle.hidden);
    toggleClass(w.el, "flet-tile-three-line", w.prop("is_three_line") === true);
}

function click(w: Widget): void {
    if (w.effectivelyDisabled) return;
    w.renderer.context.trigger(w.control, "click", null);
    // toggle_inputs: a tap on the tile toggles the Checkbox/Switch/Radio in it.
    if (w.prop("toggle_inputs") === true)
        w.el.querySelector<HTMLInputElement>("input[type=checkbox],input[type=radio]")?.click();
}

export const LIST_TILE: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-list-tile");
        w.parts.leading = part(w, "flet-tile-leading");
        w.parts.text = part(w, "flet-tile-text");
        w.parts.title = part(w, "flet-tile-title");
        w.parts.subtitle = part(w, "flet-tile-subtitle");
        w.parts.trailing = part(w, "flet-tile-trailing");
        w.parts.leading.hidden = w.parts.subtitle.hidden = w.parts.trailing.hidden = true;
        w.parts.text.append(w.parts.title, w.parts.subtitle);
        el.append(w.parts.leading, w.parts.text, w.parts.trailing);
        return el;
    },
    props: {
        title: (w, v) => textOrControl(w, "title", w.parts.title, v),
        subtitle: (w, v) => {
            textOrControl(w, "subtitle", w.parts.subtitle, v);
            refreshTile(w);
        },
        leading: (w, v) => iconOrControl(w, "leading", w.parts.leading, v),
        trailing: (w, v) => iconOrControl(w, "trailing", w.parts.trailing, v),
        on_click: refreshTile,
        toggle_inputs: refreshTile,
        is_three_line: refreshTile,
        selected: (w, v) => toggleClass(w.el, "flet-selected", v === true),
        dense: (w, v) => toggleClass(w.el, "flet-tile-dense", v === true),
        content_padding: insetsSetter("content_padding"),
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        selected_tile_color: colorVarSetter("--flet-tile-selected-bg", "selected_tile_color"),
        selected_color: colorVarSetter("--flet-tile-selected-fg", "selected_color"),
        hover_color: colorVarSetter("--flet-tile-hover", "hover_color"),
        icon_color: colorVarSetter("--flet-tile-icon", "icon_color"),
        text_color: colorSetter("color", "text_color"),
        min_height: (w, v) => {
            const n = numberProp(w, "min_height", v);
            w.el.style.minHeight = n === undefined ? "" : px(n);
        },
    },
    events: {
        click: (w, e) => {
            // A click on a control inside the tile (a button, a checkbox) is that control's, not the tile's.
            const inner = (e.target as Element).closest?.("button,input,select,textarea,a,[role=button]");
            if (inner && inner !== w.el && w.el.contains(inner)) return;
            click(w);
        },
        keydown: (w, e) => {
            const key = (e as KeyboardEvent).key;
            if (e.target !== w.el || w.el.getAttribute("role") !== "button" || (key !== "Enter" && key !== " ")) return;
            e.preventDefault();
            click(w);
        },
        focusin: (w, e) => e.target === w.el && w.renderer.context.trigger(w.control, "focus", null),
        focusout: (w, e) => e.target === w.el && w.renderer.context.trigger(w.control, "blur", null),
    },
    setDisabled: refreshTile,
    mounted: refreshTile,
};
