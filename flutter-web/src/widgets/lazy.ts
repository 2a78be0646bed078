// Control families that load as separate chunks the first time a message mentions one of their types,
// so renderer.js stays small for apps that never use them. The session holds back each message that
// names a family not loaded yet (and every message after it, keeping their order) until the chunk has
// arrived and registered its widgets; widget code itself stays synchronous.
import { warnOnce } from "../log";
import type { WidgetDef } from "../render/widget";
import { isRecord } from "../tree/control";
import { REGISTRY } from "./registry";

type Family = () => Promise<{ DEFS: Record<string, WidgetDef> }>;

const canvas: Family = () => import("./canvas");
const dataTable: Family = () => import("./data-table");
const gesture: Family = () => import("./gesture");
const inputs: Family = () => import("./inputs");
const nav: Family = () => import("./nav");
const scrollLists: Family = () => import("./scroll-lists");
const tabs: Family = () => import("./tabs");

const FAMILIES: Record<string, Family> = {
    Canvas: canvas,
    DataTable: dataTable,
    DataColumn: dataTable,
    DataRow: dataTable,
    DataCell: dataTable,
    GestureDetector: gesture,
    Checkbox: inputs,
    Switch: inputs,
    RadioGroup: inputs,
    Radio: inputs,
    Slider: inputs,
    Dropdown: inputs,
    DropdownOption: inputs,
    Chip: inputs,
    NavigationBar: nav,
    NavigationBarDestination: nav,
    NavigationRail: nav,
    NavigationRailDestination: nav,
    ListView: scrollLists,
    GridView: scrollLists,
    Tabs: tabs,
    TabBar: tabs,
    Tab: tabs,
    TabBarView: tabs,
};

const loading = new Map<Family, Promise<void>>();

function load(family: Family): Promise<void> {
    let p = loading.get(family);
    if (!p) {
        p = family().then(
            (m) => void Object.assign(REGISTRY, m.DEFS),
            (e) => warnOnce(`a control chunk could not be loaded (${e}); its controls show as unknown`),
        );
        loading.set(family, p);
    }
    return p;
}

/** The families that the control maps inside a decoded message need and that are not registered yet. */
export function missingFamilies(value: unknown, out = new Set<Family>()): Set<Family> {
    if (Array.isArray(value)) {
        for (const v of value) missingFamilies(v, out);
    } else if (value instanceof Map) {
        for (const v of value.values()) missingFamilies(v, out);
    } else if (isRecord(value)) {
        const type = value._c;
        if (typeof type === "string" && !REGISTRY[type] && Object.prototype.hasOwnProperty.call(FAMILIES, type)) {
            out.add(FAMILIES[type]);
        }
        for (const k in value) if (typeof value[k] === "object" && value[k] !== null) missingFamilies(value[k], out);
    }
    return out;
}

/** Loads the given families; resolves when their widgets are registered (or failed to load). */
export const loadFamilies = (families: Iterable<Family>): Promise<unknown> => Promise.all([...families].map(load));

/** Loads every family at once (tests, and apps that want no delay later). */
export const loadAllFamilies = (): Promise<unknown> => loadFamilies(new Set(Object.values(FAMILIES)));
