// DataTable, DataColumn, DataRow and DataCell (flet-protocol.md §5.2) as a real <table>. A column with
// on_sort has its label in a <button>; pressing it sends `sort` {ci, asc} (ascending unless the column is
// already sorted ascending, as Flutter's DataTable decides), and the sorted column's header carries
// aria-sort. Rows with on_select_change toggle with a click or their checkbox (`select_change` with the
// new value); the header checkbox sends `select_all`.
import { badValue, numberProp } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { isNumber, px } from "../values/geometry";
import { iconElement } from "../icons/icons";
import { part, textOrControl } from "./parts";
import { colorSetter } from "./text";
import { addClass, toggleClass } from "../render/classes";

const table = (w: Widget): Widget | null => {
    for (let p: Widget | null = w; p; p = p.parent) if (p.control.type === "DataTable") return p;
    return null;
};
const columns = (t: Widget): readonly Widget[] => t.listItems("columns");
const rows = (t: Widget): readonly Widget[] => t.listItems("rows");
const showCheckboxes = (t: Widget) =>
    t.prop("show_checkbox_column") === true || rows(t).some((r) => r.prop("on_select_change") === true);

function checkbox(w: Widget, label: string): HTMLInputElement {
    const box = part(w, "flet-checkbox-input", "input");
    box.type = "checkbox";
    box.setAttribute("aria-label", label);
    return box;
}

/** Puts the checkbox cell first in a header or body row when the table shows checkboxes. */
function placeCheckboxCell(w: Widget, tr: HTMLElement, tag: "th" | "td", show: boolean): void {
    let cell: HTMLElement | undefined = w.parts.checkCell;
    if (show && !cell) {
        cell = w.parts.checkCell = part(w, "flet-dt-check", tag);
        w.parts.check = checkbox(w, tag === "th" ? "Select all" : "Select row");
        cell.append(w.parts.check);
    }
    if (show && tr.firstChild !== cell) tr.prepend(cell!);
    if (!show && cell) cell.remove();
}

/** Re-applies what depends on the whole table: sort state, checkbox column, select-all state. */
function refreshTable(t: Widget): void {
    const sortIndex = t.prop("sort_column_index");
    const ascending = t.prop("sort_ascending") === true;
    columns(t).forEach((c, i) => {
        const th = c.el;
        if (isNumber(sortIndex) && sortIndex === i)
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        else if (c.prop("on_sort") === true) th.setAttribute("aria-sort", "none");
        else th.removeAttribute("aria-sort");
        toggleClass(th, "flet-dt-sorted", isNumber(sortIndex) && sortIndex === i);
        toggleClass(th, "flet-dt-descending", !ascending);
    });
    const show = showCheckboxes(t);
    placeCheckboxCell(t, t.parts.headRow, "th", show);
    for (const r of rows(t)) refreshRow(r, show);
    if (show) {
        const selectable = rows(t).filter((r) => r.prop("on_select_change") === true);
        const selected = selectable.filter((r) => r.prop("selected") === true).length;
        const all: HTMLInputElement = t.parts.check;
        all.checked = selectable.length > 0 && selected === selectable.length;
        all.indeterminate = selected > 0 && selected < selectable.length;
        all.disabled = t.effectivelyDisabled || selectable.length === 0;
    }
}

function refreshRow(
    r: Widget,
    show = (() => {
        const t = table(r);
        return !!t && showCheckboxes(t);
    })(),
): void {
    placeCheckboxCell(r, r.el, "td", show);
    const selected = r.prop("selected") === true;
    toggleClass(r.el, "flet-selected", selected);
    r.el.setAttribute("aria-selected", String(selected));
    if (r.parts.check) {
        r.parts.check.checked = selected;
        r.parts.check.disabled = r.effectivelyDisabled || r.prop("on_select_change") !== true;
    }
}

const tableRefresher = (w: Widget) => {
    const t = table(w);
    if (t?.parts.ready) refreshTable(t);
};

export const DATA_TABLE: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-datatable");
        const t = part(w, "flet-dt", "table");
        const thead = part(w, "", "thead");
        w.parts.headRow = part(w, "", "tr");
        w.parts.body = part(w, "", "tbody");
        thead.append(w.parts.headRow);
        t.append(thead, w.parts.body);
        el.append(t);
        w.parts.table = t;
        return el;
    },
    lists: { columns: (w) => w.parts.headRow, rows: (w) => w.parts.body },
    listChanged: tableRefresher,
    props: {
        sort_column_index: tableRefresher,
        sort_ascending: tableRefresher,
        show_checkbox_column: tableRefresher,
        bgcolor: colorSetter("backgroundColor", "bgcolor", (w) => w.parts.table),
        heading_row_color: colorSetter("backgroundColor", "heading_row_color", (w) => w.parts.headRow),
        heading_row_height: (w, v) => {
            const n = numberProp(w, "heading_row_height", v);
            w.parts.headRow.style.height = n === undefined ? "" : px(n);
        },
        data_row_min_height: (w, v) => {
            const n = numberProp(w, "data_row_min_height", v);
            w.el.style.setProperty("--flet-dt-row-height", n === undefined ? "" : px(n));
        },
        column_spacing: (w, v) => {
            const n = numberProp(w, "column_spacing", v);
            w.el.style.setProperty("--flet-dt-spacing", n === undefined ? "" : px(n / 2));
        },
        horizontal_margin: (w, v) => {
            const n = numberProp(w, "horizontal_margin", v);
            w.el.style.setProperty("--flet-dt-margin", n === undefined ? "" : px(n));
        },
        vertical_lines: (w, v) => toggleClass(w.el, "flet-dt-vlines", !!v),
    },
    events: {
        click: (w, e) => {
            if (e.target !== w.parts.check) return;
            const value = !rows(w)
                .filter((r) => r.prop("on_select_change") === true)
                .every((r) => r.prop("selected") === true);
            // The model decides: the checkbox shows the rows' state until the app changes it.
            refreshTable(w);
            w.renderer.context.trigger(w.control, "select_all", value);
        },
    },
    setDisabled: (w) => tableRefresher(w),
    mounted: (w) => {
        w.parts.ready = true;
        refreshTable(w);
    },
};

export const DATA_COLUMN: WidgetDef = {
    create: (w) => {
        const th = part(w, "flet-dt-col", "th");
        th.scope = "col";
        w.parts.label = part(w, "flet-dt-label", "span");
        th.append(w.parts.label);
        return th;
    },
    props: {
        label: (w, v) => textOrControl(w, "label", w.parts.label, v),
        numeric: (w, v) => toggleClass(w.el, "flet-dt-numeric", v === true),
        on_sort: (w, v) => {
            const sortable = v === true;
            if (sortable && !w.parts.sort) {
                const button = part(w, "flet-dt-sort", "button");
                button.type = "button";
                const arrow = iconElement(w.renderer.doc);
                arrow.textContent = "arrow_upward";
                addClass(arrow, "flet-dt-arrow");
                button.append(w.parts.label, arrow);
                w.el.replaceChildren(button);
                w.parts.sort = button;
            } else if (!sortable && w.parts.sort) {
                w.el.replaceChildren(w.parts.label);
                w.parts.sort = undefined;
            }
            tableRefresher(w);
        },
    },
    events: {
        click: (w, e) => {
            if (!w.parts.sort?.contains(e.target as Node)) return;
            const t = table(w);
            const ci = columns(t!).indexOf(w);
            const sorted = t?.prop("sort_column_index") === ci;
            const asc = sorted ? t?.prop("sort_ascending") !== true : true;
            w.renderer.context.trigger(w.control, "sort", { ci, asc });
        },
    },
    setDisabled: (w, disabled) => {
        if (w.parts.sort) w.parts.sort.disabled = disabled;
    },
};

export const DATA_ROW: WidgetDef = {
    create: (w) => part(w, "flet-dt-row", "tr"),
    lists: { cells: (w) => w.el },
    listChanged: (w) => refreshRow(w),
    props: {
        selected: tableRefresher,
        on_select_change: tableRefresher,
        color: colorSetter("backgroundColor", "color"),
    },
    events: {
        click: (w, e) => {
            if (w.prop("on_select_change") !== true || w.effectivelyDisabled) {
                if (e.target === w.parts.check) e.preventDefault();
                return;
            }
            const value = w.prop("selected") !== true;
            // The model decides: the checkbox shows `selected` until the app changes it.
            if (w.parts.check) w.parts.check.checked = !value;
            w.renderer.context.trigger(w.control, "select_change", value);
        },
    },
    setDisabled: (w) => tableRefresher(w),
};

export const DATA_CELL: WidgetDef = {
    create: (w) => part(w, "flet-dt-cell", "td"),
    props: {
        content: (w, v) => {
            if (
                v !== undefined &&
                v !== null &&
                typeof v !== "object" &&
                typeof v !== "string" &&
                typeof v !== "number"
            )
                badValue(w, "content", v, "a string or a control");
            textOrControl(w, "content", w.el, v);
            w.el.hidden = w.prop("visible") === false;
        },
        placeholder: (w, v) => toggleClass(w.el, "flet-dt-placeholder", v === true),
        show_edit_icon: (w, v) => {
            if (v === true && !w.parts.edit) {
                w.parts.edit = iconElement(w.renderer.doc);
                w.parts.edit.textContent = "edit";
                addClass(w.parts.edit, "flet-dt-edit");
            }
            if (w.parts.edit) {
                if (v === true) w.el.append(w.parts.edit);
                else w.parts.edit.remove();
            }
        },
        on_tap: (w, v) => toggleClass(w.el, "flet-clickable", v === true),
    },
    events: {
        click: (w, e) => {
            if (w.prop("on_tap") !== true) {
                if (w.parent?.control.type === "DataRow") DATA_ROW.events!.click!(w.parent, e);
                return;
            }
            w.renderer.context.trigger(w.control, "tap", null);
        },
        dblclick: (w) => w.renderer.context.trigger(w.control, "double_tap", null),
    },
};

export const DEFS = { DataTable: DATA_TABLE, DataColumn: DATA_COLUMN, DataRow: DATA_ROW, DataCell: DATA_CELL };
