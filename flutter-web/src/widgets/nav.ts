// NavigationBar and NavigationRail with their destinations (flet-protocol.md §5.2): a <nav> of buttons,
// the selected one marked aria-current="page". A press writes {selected_index} back with UpdateControl,
// then sends `change` with the index. Arrow keys move focus between destinations, Tab leaves the bar.
import { badValue, insetsSetter, numberProp } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { elevationShadow, parseShapeRadius } from "../values/decoration";
import { isNumber, px } from "../values/geometry";
import { iconOrControl, part, textOrControl } from "./parts";
import { colorSetter, colorVarSetter } from "./text";
import { setData, toggleClass } from "../render/classes";

const destinations = (w: Widget): readonly Widget[] => w.listItems("destinations");

function selectedIndex(w: Widget): number | null {
    const v = w.prop("selected_index");
    if (v === undefined || v === null) return w.control.type === "NavigationRail" ? null : 0;
    return isNumber(v) ? v : null;
}

/** Marks the selected destination and shows its selected_icon. */
function refresh(w: Widget): void {
    const selected = selectedIndex(w);
    destinations(w).forEach((d, i) => {
        const on = i === selected;
        if (on) d.el.setAttribute("aria-current", "page");
        else d.el.removeAttribute("aria-current");
        toggleClass(d.el, "flet-selected", on);
        if (d.parts.selected !== on) {
            d.parts.selected = on;
            refreshIcon(d);
        }
    });
}

function refreshIcon(d: Widget): void {
    const selectedIcon = d.prop("selected_icon");
    const icon =
        d.parts.selected && selectedIcon !== undefined && selectedIcon !== null ? selectedIcon : d.prop("icon");
    iconOrControl(d, "icon", d.parts.icon, icon);
}

function select(w: Widget, index: number): void {
    if (index === selectedIndex(w)) return;
    const ctx = w.renderer.context;
    ctx.update(w.control, { selected_index: index });
    refresh(w);
    ctx.trigger(w.control, "change", index);
}

const navEvents: WidgetDef["events"] = {
    click: (w, e) => {
        const index = destinations(w).findIndex((d) => d.el.contains(e.target as Node));
        if (index >= 0 && !destinations(w)[index].effectivelyDisabled) select(w, index);
    },
    keydown: (w, e) => {
        const key = (e as KeyboardEvent).key;
        const items = destinations(w).filter((d) => !d.effectivelyDisabled);
        const at = items.findIndex((d) => d.el === e.target);
        const vertical = w.control.type === "NavigationRail";
        const keys = vertical ? ["ArrowUp", "ArrowDown"] : ["ArrowLeft", "ArrowRight"];
        if (at < 0 || !(keys.includes(key) || key === "Home" || key === "End")) return;
        e.preventDefault();
        const next =
            key === "Home"
                ? 0
                : key === "End"
                  ? items.length - 1
                  : (at + (key === keys[1] ? 1 : -1) + items.length) % items.length;
        (items[next].el as HTMLElement).focus();
    },
};

function navElement(w: Widget, className: string, label: string): HTMLElement {
    const el = part(w, className, "nav");
    el.setAttribute("aria-label", label);
    return el;
}

/** The selected destination's indicator takes the OutlinedBorder's corner radius (its outline is not drawn). */
function setIndicatorShape(w: Widget, v: unknown): void {
    const radius = v === undefined || v === null ? "" : parseShapeRadius(v);
    if (radius === null) badValue(w, "indicator_shape", v, "an OutlinedBorder");
    w.el.style.setProperty("--flet-nav-indicator-radius", radius ?? "");
}

export const NAVIGATION_BAR: WidgetDef = {
    create: (w) => navElement(w, "flet-navbar", "Navigation"),
    lists: { destinations: (w) => w.el },
    listChanged: refresh,
    props: {
        selected_index: (w, v) => {
            if (v !== undefined && v !== null && !isNumber(v)) badValue(w, "selected_index", v, "an int");
            refresh(w);
        },
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        indicator_color: colorVarSetter("--flet-nav-indicator", "indicator_color"),
        indicator_shape: setIndicatorShape,
        label_behavior: (w, v) => setData(w.el, "labels", typeof v === "string" ? v.toLowerCase() : ""),
        height: (w, v) => {
            const n = numberProp(w, "height", v);
            w.el.style.height = n === undefined ? "" : px(n);
        },
    },
    events: navEvents,
};

export const NAVIGATION_RAIL: WidgetDef = {
    create: (w) => {
        const el = navElement(w, "flet-navrail", "Navigation");
        w.parts.leading = part(w, "flet-navrail-leading");
        w.parts.items = part(w, "flet-navrail-items");
        w.parts.trailing = part(w, "flet-navrail-trailing");
        w.parts.leading.hidden = w.parts.trailing.hidden = true;
        el.append(w.parts.leading, w.parts.items, w.parts.trailing);
        return el;
    },
    lists: { destinations: (w) => w.parts.items },
    listChanged: refresh,
    props: {
        selected_index: (w, v) => {
            if (v !== undefined && v !== null && !isNumber(v)) badValue(w, "selected_index", v, "an int");
            refresh(w);
        },
        extended: (w, v) => toggleClass(w.el, "flet-navrail-extended", v === true),
        scrollable: (w, v) => toggleClass(w.el, "flet-navrail-scrollable", v === true),
        label_type: (w, v) => setData(w.el, "labels", typeof v === "string" ? v.toLowerCase() : ""),
        leading: (w, v) => textOrControl(w, "leading", w.parts.leading, typeof v === "object" ? v : null),
        trailing: (w, v) => textOrControl(w, "trailing", w.parts.trailing, typeof v === "object" ? v : null),
        bgcolor: colorSetter("backgroundColor", "bgcolor"),
        indicator_color: colorVarSetter("--flet-nav-indicator", "indicator_color"),
        indicator_shape: setIndicatorShape,
        min_width: (w, v) => {
            const n = numberProp(w, "min_width", v);
            w.el.style.setProperty("--flet-rail-width", n === undefined ? "" : px(n));
        },
        min_extended_width: (w, v) => {
            const n = numberProp(w, "min_extended_width", v);
            w.el.style.setProperty("--flet-rail-extended-width", n === undefined ? "" : px(n));
        },
        elevation: (w, v) => {
            const n = numberProp(w, "elevation", v);
            w.el.style.boxShadow = n === undefined ? "" : elevationShadow(n);
        },
        group_alignment: (w, v) => {
            const n = numberProp(w, "group_alignment", v);
            // -1 top, 0 centre, 1 bottom, as the items' position in the rail's free space.
            w.parts.items.style.justifyContent =
                n === undefined ? "" : n < -1 / 3 ? "flex-start" : n > 1 / 3 ? "flex-end" : "center";
        },
    },
    events: navEvents,
};

export const NAVIGATION_DESTINATION: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-nav-dest", "button");
        el.type = "button";
        w.parts.indicator = part(w, "flet-nav-indicator", "span");
        w.parts.icon = part(w, "flet-nav-icon", "span");
        w.parts.indicator.append(w.parts.icon);
        w.parts.label = part(w, "flet-nav-label", "span");
        el.append(w.parts.indicator, w.parts.label);
        return el;
    },
    props: {
        icon: refreshIcon,
        selected_icon: refreshIcon,
        label: (w, v) => textOrControl(w, "label", w.parts.label, v),
        bgcolor: colorSetter("backgroundColor", "bgcolor", (w) => w.parts.indicator),
        indicator_color: colorSetter("backgroundColor", "indicator_color", (w) => w.parts.indicator),
        padding: insetsSetter("padding"),
    },
    setDisabled: (w, disabled) => ((w.el as HTMLButtonElement).disabled = disabled),
};

export const DEFS = {
    NavigationBar: NAVIGATION_BAR,
    NavigationBarDestination: NAVIGATION_DESTINATION,
    NavigationRail: NAVIGATION_RAIL,
    NavigationRailDestination: NAVIGATION_DESTINATION,
};
