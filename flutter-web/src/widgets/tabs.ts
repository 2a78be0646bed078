// Tabs, TabBar, Tab and TabBarView (flet-protocol.md §5.2, Flet 0.80's composition model): Tabs holds
// selected_index and any content; the TabBar inside it is an ARIA tablist whose tabs select with a click
// or the arrow, Home and End keys (focus follows selection, as Flutter's tabs switch at once), and the
// TabBarView is the one tabpanel, showing the selected tab's control. Selecting sends UpdateControl
// {selected_index} and `change` on Tabs, then `click` with the index on the TabBar.
import { badValue, numberProp } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { isNumber } from "../values/geometry";
import { ancestorOfType, iconOrControl, part, textOrControl } from "./parts";
import { colorVarSetter } from "./text";
import { toggleClass } from "../render/classes";

interface TabsState {
    bars: Set<Widget>;
    views: Set<Widget>;
}

const state = (tabs: Widget): TabsState => (tabs.parts.tabs ??= { bars: new Set(), views: new Set() });

function selectedIndex(tabs: Widget | null): number {
    const v = tabs?.prop("selected_index");
    return isNumber(v) ? v : 0;
}

const idBase = (tabs: Widget | null, bar: Widget) => `flet-tabs-${tabs?.control.id ?? bar.control.id}`;

/** Updates every TabBar and TabBarView of a Tabs control to its selected_index. */
function refreshTabs(tabs: Widget): void {
    const s = state(tabs);
    for (const bar of s.bars) refreshBar(bar);
    for (const view of s.views) refreshView(view);
}

function refreshBar(bar: Widget): void {
    const tabs = ancestorOfType(bar, "Tabs");
    const selected = selectedIndex(tabs);
    const base = idBase(tabs, bar);
    const views = tabs ? [...state(tabs).views] : [];
    const items = bar.listItems("tabs");
    items.forEach((tab, i) => {
        const on = i === selected;
        tab.el.id = `${base}-tab-${i}`;
        tab.el.setAttribute("aria-selected", String(on));
        tab.el.tabIndex = on ? 0 : -1;
        if (views[0]) tab.el.setAttribute("aria-controls", views[0].el.id);
        else tab.el.removeAttribute("aria-controls");
    });
    // Keep one tab reachable with Tab even when selected_index is out of range.
    if (items.length && !items.some((t) => t.el.tabIndex === 0)) items[0].el.tabIndex = 0;
}

function refreshView(view: Widget): void {
    const tabs = ancestorOfType(view, "Tabs");
    const selected = selectedIndex(tabs);
    view.el.id = `${idBase(tabs, view)}-panel`;
    view.el.setAttribute("aria-labelledby", `${idBase(tabs, view)}-tab-${selected}`);
    view.listItems("controls").forEach((child, i) => toggleClass(child.el, "flet-tab-hidden", i !== selected));
}

/** Selects tab `index` as the user does. */
function select(bar: Widget, index: number, focus: boolean): void {
    const tabs = ancestorOfType(bar, "Tabs");
    const ctx = bar.renderer.context;
    const items = bar.listItems("tabs");
    if (index < 0 || index >= items.length || items[index].effectivelyDisabled) return;
    if (tabs && index !== selectedIndex(tabs)) {
        ctx.update(tabs.control, { selected_index: index });
        refreshTabs(tabs);
        ctx.trigger(tabs.control, "change", index);
    }
    ctx.trigger(bar.control, "click", index);
    if (focus) items[index].el.focus();
}

const register = (key: "bars" | "views", refresh: (w: Widget) => void) => ({
    mounted: (w: Widget) => {
        const tabs = ancestorOfType(w, "Tabs");
        if (tabs) {
            state(tabs)[key].add(w);
            refreshTabs(tabs);
        } else refresh(w);
    },
    unmounted: (w: Widget) => {
        const tabs = ancestorOfType(w, "Tabs");
        if (tabs) state(tabs)[key].delete(w);
    },
});

export const TABS: WidgetDef = {
    create: (w) => {
        state(w);
        return part(w, "flet-tabs");
    },
    props: {
        content: (w, v) => {
            const el = w.renderer.setSlot(w, "content", v);
            if (el && el.parentNode !== w.el) w.el.append(el);
        },
        selected_index: (w, v) => {
            if (v !== undefined && v !== null && !isNumber(v)) badValue(w, "selected_index", v, "an int");
            refreshTabs(w);
        },
    },
    methods: {
        move_to: (w, args) => {
            const index = args.index;
            if (!isNumber(index)) throw new Error(`${w.control}.move_to needs an int index, got ${String(index)}`);
            w.control.props.selected_index = index;
            refreshTabs(w);
            return null;
        },
    },
};

const barHooks = register("bars", refreshBar);

export const TAB_BAR: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-tabbar");
        el.setAttribute("role", "tablist");
        return el;
    },
    lists: { tabs: (w) => w.el },
    listChanged: refreshBar,
    props: {
        indicator_color: colorVarSetter("--flet-tab-indicator-color", "indicator_color"),
        label_color: colorVarSetter("--flet-tab-label-color", "label_color"),
        unselected_label_color: colorVarSetter("--flet-tab-unselected-color", "unselected_label_color"),
        divider_color: colorVarSetter("--flet-tab-divider-color", "divider_color"),
        secondary: (w, v) => toggleClass(w.el, "flet-tabbar-secondary", v === true),
        scrollable: (w, v) => toggleClass(w.el, "flet-tabbar-scrollable", v === true),
        indicator_thickness: (w, v) => {
            const n = numberProp(w, "indicator_thickness", v);
            w.el.style.setProperty("--flet-tab-indicator", n === undefined ? "" : `${n}px`);
        },
    },
    events: {
        click: (w, e) => {
            const tab = (e.target as Element).closest?.("[role=tab]");
            const items = w.listItems("tabs");
            const index = items.findIndex((t) => t.el === tab);
            if (index >= 0) select(w, index, false);
        },
        keydown: (w, e) => {
            const key = (e as KeyboardEvent).key;
            const items = w.listItems("tabs");
            const current = items.findIndex((t) => t.el === e.target);
            if (current < 0 || !["ArrowLeft", "ArrowRight", "Home", "End"].includes(key)) return;
            e.preventDefault();
            const enabled = items.map((t, i) => (t.effectivelyDisabled ? -1 : i)).filter((i) => i >= 0);
            if (!enabled.length) return;
            const rtl = getComputedStyle(w.el).direction === "rtl";
            const step = (key === "ArrowRight") !== rtl ? 1 : -1;
            const at = enabled.indexOf(current);
            const next =
                key === "Home"
                    ? enabled[0]
                    : key === "End"
                      ? enabled[enabled.length - 1]
                      : enabled[(at + step + enabled.length) % enabled.length];
            select(w, next, true);
        },
    },
    mounted: barHooks.mounted,
    unmounted: barHooks.unmounted,
};

export const TAB: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-tab", "button");
        el.type = "button";
        el.setAttribute("role", "tab");
        w.parts.icon = part(w, "flet-tab-icon", "span");
        w.parts.icon.hidden = true;
        w.parts.label = part(w, "flet-tab-label", "span");
        el.append(w.parts.icon, w.parts.label);
        return el;
    },
    props: {
        label: (w, v) => textOrControl(w, "label", w.parts.label, v),
        icon: (w, v) => iconOrControl(w, "icon", w.parts.icon, v),
        // Tab's own `text` (pre-0.80 name of label).
        text: (w, v) => w.prop("label") === undefined && textOrControl(w, "label", w.parts.label, v),
    },
    setDisabled: (w, disabled) => ((w.el as HTMLButtonElement).disabled = disabled),
};

const viewHooks = register("views", refreshView);

export const TAB_BAR_VIEW: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-tabbarview");
        el.setAttribute("role", "tabpanel");
        return el;
    },
    lists: { controls: (w) => w.el },
    listChanged: refreshView,
    mounted: viewHooks.mounted,
    unmounted: viewHooks.unmounted,
};

export const DEFS = { Tabs: TABS, TabBar: TAB_BAR, Tab: TAB, TabBarView: TAB_BAR_VIEW };
